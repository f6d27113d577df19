package cn.ggzy.server.application;

import java.time.ZonedDateTime;
import java.util.List;

/** The receipt (回执) of a complaint or report, as a PDF in Chinese. */
public interface IntakeDocuments {
  /**
   * What the receipt says: never the filer's identity (the receipt may be shown to others).
   *
   * @param kindZh 投诉 or 举报
   * @param files one line per file: name, size and SHA-256
   */
  record ReceiptFacts(String receiptNumber, String accessCode, String kindZh, String regionNameZh,
      ZonedDateTime receivedAt, String matterZh, String projectName, String respondent, boolean late,
      List<String> files, String trackingUrl, ZonedDateTime printedAt) {}

  byte[] receipt(ReceiptFacts facts);
}
