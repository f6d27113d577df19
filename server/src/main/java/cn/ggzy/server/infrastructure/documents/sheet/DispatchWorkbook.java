package cn.ggzy.server.infrastructure.documents.sheet;

import cn.ggzy.server.infrastructure.documents.DispatchTables.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The tables of a dispatch report, one sheet each: title row, period row, heading row, then the data (counts as numbers). */
public final class DispatchWorkbook {
  private DispatchWorkbook() {}

  public static byte[] write(String title, String period, List<Table> tables) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.getProperties().getCoreProperties().setTitle(title);
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle heading = book.createCellStyle();
      heading.setFont(bold);
      for (Table t : tables) {
        Sheet sheet = book.createSheet(t.title().length() > 31 ? t.title().substring(0, 31) : t.title());
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(title + " · " + t.title());
        head.getCell(0).setCellStyle(heading);
        sheet.createRow(1).createCell(0).setCellValue(period);
        Row columns = sheet.createRow(2);
        for (int i = 0; i < t.header().size(); i++) {
          columns.createCell(i).setCellValue(t.header().get(i));
          columns.getCell(i).setCellStyle(heading);
        }
        int r = 3;
        for (List<Object> cells : t.rows()) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v instanceof Number n) {
              row.createCell(i).setCellValue(n.doubleValue());
            } else {
              row.createCell(i).setCellValue(String.valueOf(v));
            }
          }
        }
        sheet.setColumnWidth(0, 36 * 256);
        for (int i = 1; i < t.header().size(); i++) {
          sheet.setColumnWidth(i, 14 * 256);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
