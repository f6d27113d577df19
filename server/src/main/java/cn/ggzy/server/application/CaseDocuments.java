package cn.ggzy.server.application;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Written documents of a case, as PDF in Chinese: the notices sent to the complainant or reporter
 * and the export of the whole case file. The wording of each notice lives in the adapter.
 */
public interface CaseDocuments {
  byte[] notice(Notice notice);

  byte[] caseFile(CaseFile file);

  enum NoticeKind {
    /** 受理通知书. */
    ACCEPTANCE,
    /** 不予受理通知书 (with the statutory ground and the written reason). */
    NON_ACCEPTANCE,
    /** 补正通知书 (what to supplement, by when). */
    SUPPLEMENT_REQUEST,
    /** 处理决定书. */
    DECISION
  }

  /**
   * The facts a notice is written from. Fields that do not apply to the kind are null.
   *
   * @param issuer the department issuing it, e.g. 麻城市住房和城乡建设局
   * @param addressee the complainant's or reporter's name, or null when anonymous (then the
   *     notice says "举报人")
   * @param ground the statutory ground of non-acceptance, in Chinese
   * @param decision the decision kind in Chinese (e.g. 驳回投诉) and its text
   * @param matter 投诉 or 举报 (or null when the case came from elsewhere): names the filer "投诉人"/"举报人"
   */
  record Notice(NoticeKind kind, String caseNumber, String regionNameZh, String issuer,
      String addressee, String subject, String projectName, ZonedDateTime receivedAt,
      LocalDate issuedOn, ZonedDateTime due, String ground, String reason,
      String supplementItems, String decision, String decisionText, String matter) {}

  /** Everything on record of one case, for the export of the case file (案卷). */
  record CaseFile(String caseNumber, String regionNameZh, String ownerNameZh, String title,
      String sourceZh, String statusZh, String summary, String projectCode, String projectName,
      ZonedDateTime receivedAt, ZonedDateTime acceptanceDue, ZonedDateTime completionDue,
      String assignee, List<Row> timeline, List<Row> approvals, List<Row> transfersAndReferrals,
      List<Row> consultations, String decision, ZonedDateTime exportedAt, String exportedBy) {}

  /** One line of a table in the case file: when, who, what, and a free note. */
  record Row(ZonedDateTime at, String who, String what, String note) {}
}
