package cn.ggzy.server.application.internal.tender;

import cn.ggzy.server.application.internal.CsvText;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.tender.BidRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the import CSV ({@link CsvText}: RFC 4180, with or without BOM, CRLF or LF). The
 * header names the columns of {@link BidRow#COLUMNS} in any order; unknown columns are refused.
 */
final class CsvRows {
  private CsvRows() {}

  static List<BidRow> parse(String csv) {
    return parse(csv, BidRow.COLUMNS, BidRow::of);
  }

  /**
   * The data rows of a CSV whose header names some of {@code columns} (any order, case ignored), each
   * with its values in {@code columns} order (missing = null) and its row number (1 = first data row).
   */
  static <T> List<T> parse(String csv, List<String> columns, BiFunction<Integer, List<String>, T> row) {
    List<List<String>> records = CsvText.records(csv, "rigging.import.malformed");
    if (records.isEmpty()) {
      throw new DomainException("rigging.import.empty", null);
    }
    List<String> header = records.get(0);
    int[] at = new int[columns.size()];
    Arrays.fill(at, -1);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      int column = -1;
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).equalsIgnoreCase(name)) {
          column = c;
        }
      }
      if (column < 0) {
        throw new DomainException("rigging.import.unknownColumn", name);
      }
      at[column] = i;
    }
    List<T> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.get(0).isBlank()) {
        continue;
      }
      List<String> ordered = new ArrayList<>();
      for (int index : at) {
        ordered.add(index >= 0 && index < values.size() ? values.get(index) : null);
      }
      rows.add(row.apply(r, ordered));
    }
    return rows;
  }
}
