package cn.ggzy.server.domain.model.tender;

import java.util.List;

/**
 * One row of a document import, as received: the text of one bidder's bid file in a section, or
 * (without {@code bidderCode}) the tender's own template text of the section.
 */
public record DocumentRow(int line, String projectCode, String sectionCode, String bidderCode, String text) {
  /** CSV columns of bid documents; the template import uses the same names without {@code bidderCode}. */
  public static final List<String> COLUMNS = List.of("projectCode", "sectionCode", "bidderCode", "text");
  public static final List<String> TEMPLATE_COLUMNS = List.of("projectCode", "sectionCode", "text");

  /** A bid-document row from values in {@link #COLUMNS} order. */
  public static DocumentRow of(int line, List<String> v) {
    return new DocumentRow(line, at(v, 0), at(v, 1), at(v, 2), at(v, 3));
  }

  /** A template row from values in {@link #TEMPLATE_COLUMNS} order. */
  public static DocumentRow template(int line, List<String> v) {
    return new DocumentRow(line, at(v, 0), at(v, 1), null, at(v, 2));
  }

  static String at(List<String> v, int i) {
    return i < v.size() ? v.get(i) : null;
  }
}
