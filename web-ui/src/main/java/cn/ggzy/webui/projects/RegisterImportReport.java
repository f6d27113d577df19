package cn.ggzy.webui.projects;

import cn.ggzy.server.application.ProjectRegister.ImportResult;
import cn.ggzy.server.application.ProjectRegister.RejectedLine;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.projects.RegisterFiles.Kind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * The answer to one import: how many lines arrived, how many projects or tenders were taken, and a
 * table of the lines not taken, each with its line number in the file, why (in the reader's language)
 * and the column at fault, so the officer can correct exactly those lines.
 */
final class RegisterImportReport {
  private RegisterImportReport() {}

  static Div build(Kind kind, ImportResult r, Texts texts, Locale locale) {
    Div report = new Div();
    report.setId("register-import-result");
    report.addClassName("register-import-result");
    report.getElement().setAttribute("data-rejected", String.valueOf(r.rejected().size()));
    H3 heading = new H3(texts.get("projects.import.result"));
    heading.addClassName("sheet-heading");
    Paragraph counts = new Paragraph(counts(kind, r, texts));
    counts.setId("register-import-counts");
    counts.addClassName("register-import-counts");
    report.add(heading, counts);
    if (r.rejected().isEmpty()) {
      return report;
    }
    NativeTable table = new NativeTable();
    table.setId("register-import-rejected");
    table.addClassName("project-table");
    table.getHead().addRows(new NativeTableRow(header(texts.get("projects.import.line")),
        header(texts.get("projects.import.message")), header(texts.get("projects.import.field"))));
    NativeTableBody body = table.getBody();
    for (RejectedLine line : r.rejected()) {
      NativeTableRow row = new NativeTableRow(new NativeTableCell(String.valueOf(line.line())),
          new NativeTableCell(Labels.pick(locale, line.message(), line.messageEn())),
          new NativeTableCell(line.field() == null ? "—" : line.field()));
      row.addClassName("register-rejected-line");
      row.getElement().setAttribute("data-line", String.valueOf(line.line()));
      row.getElement().setAttribute("data-code", line.code());
      body.addRows(row);
    }
    H3 rejected = new H3(texts.get("projects.import.rejected", r.rejected().size()));
    rejected.addClassName("sheet-heading");
    Div scroll = new Div(table);
    scroll.addClassName("project-table-wrap");
    report.add(rejected, scroll);
    return report;
  }

  /** 收到 3 行：导入项目 1 个，未导入 1 行 / 收到 2 行：导入招标记录 2 条（1 个项目），未导入 0 行. */
  static String counts(Kind kind, ImportResult r, Texts texts) {
    return kind == Kind.APPROVALS
        ? texts.get("projects.import.counts.APPROVALS", r.received(), r.projects(), r.rejected().size())
        : texts.get("projects.import.counts.TENDERS", r.received(), r.tenders(), r.projects(), r.rejected().size());
  }

  private static NativeTableHeaderCell header(String text) {
    NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
    cell.getElement().setAttribute("scope", "col");
    return cell;
  }
}
