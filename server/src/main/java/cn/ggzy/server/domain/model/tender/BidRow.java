package cn.ggzy.server.domain.model.tender;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One row of an import (JSON or CSV), exactly as received: every value is text, checked by
 * {@link BidRows}. {@code line} is the row's number in the file (1 = first data row).
 */
public record BidRow(
    int line,
    String projectCode,
    String projectName,
    String sectionCode,
    String sectionName,
    String industry,
    String bidderCode,
    String bidderName,
    String price,
    String submittedAt,
    String machineCode,
    String macAddress,
    String cpuSerial,
    String diskSerial,
    String uploaderIp,
    String caCertificate,
    String bondAccount,
    String authorisedAgent,
    String projectManager,
    String winner) {

  /** The column names of the CSV format, in this record's order (after {@code line}). */
  public static final List<String> COLUMNS = List.of("projectCode", "projectName",
      "sectionCode", "sectionName", "industry", "bidderCode", "bidderName", "price", "submittedAt",
      "machineCode", "macAddress", "cpuSerial", "diskSerial", "uploaderIp", "caCertificate", "bondAccount",
      "authorisedAgent", "projectManager", "winner");

  /** A row from CSV values given in {@link #COLUMNS} order (missing values are null). */
  public static BidRow of(int line, List<String> v) {
    IntFunction<String> at = i -> i < v.size() ? v.get(i) : null;
    return new BidRow(line, at.apply(0), at.apply(1), at.apply(2), at.apply(3), at.apply(4), at.apply(5),
        at.apply(6), at.apply(7), at.apply(8), at.apply(9), at.apply(10), at.apply(11), at.apply(12),
        at.apply(13), at.apply(14), at.apply(15), at.apply(16), at.apply(17), at.apply(18));
  }
}
