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
   * @param dueProvisionalYear the year whose holiday notice {@code due} was counted without
   *     (a provisional deadline, said so in the notice), or null
   */
  record Notice(NoticeKind kind, String caseNumber, String regionNameZh, String issuer,
      String addressee, String subject, String projectName, ZonedDateTime receivedAt,
      LocalDate issuedOn, ZonedDateTime due, String ground, String reason,
      String supplementItems, String decision, String decisionText, String matter, Integer dueProvisionalYear) {
    /** A notice whose deadline, if any, is final. */
    public Notice(NoticeKind kind, String caseNumber, String regionNameZh, String issuer, String addressee,
        String subject, String projectName, ZonedDateTime receivedAt, LocalDate issuedOn, ZonedDateTime due, String ground,
        String reason, String supplementItems, String decision, String decisionText, String matter) {
      this(kind, caseNumber, regionNameZh, issuer, addressee, subject, projectName, receivedAt, issuedOn, due, ground,
          reason, supplementItems, decision, decisionText, matter, null);
    }
  }

  /** Everything on record of one case, for the export of the case file (案卷). */
  record CaseFile(String caseNumber, String regionNameZh, String ownerNameZh, String title,
      String sourceZh, String statusZh, String summary, String projectCode, String projectName,
      ZonedDateTime receivedAt, ZonedDateTime acceptanceDue, ZonedDateTime completionDue,
      String assignee, List<Row> timeline, List<Row> approvals, List<Row> transfersAndReferrals,
      List<Row> consultations, String decision, ZonedDateTime exportedAt, String exportedBy,
      Integer acceptanceProvisionalYear, Integer completionProvisionalYear) {
    /** A case file whose deadlines are final. */
    public CaseFile(String caseNumber, String regionNameZh, String ownerNameZh, String title, String sourceZh,
        String statusZh, String summary, String projectCode, String projectName, ZonedDateTime receivedAt,
        ZonedDateTime acceptanceDue, ZonedDateTime completionDue, String assignee, List<Row> timeline,
        List<Row> approvals, List<Row> transfersAndReferrals, List<Row> consultations, String decision,
        ZonedDateTime exportedAt, String exportedBy) {
      this(caseNumber, regionNameZh, ownerNameZh, title, sourceZh, statusZh, summary, projectCode, projectName,
          receivedAt, acceptanceDue, completionDue, assignee, timeline, approvals, transfersAndReferrals,
          consultations, decision, exportedAt, exportedBy, null, null);
    }
  }

  /** One line of a table in the case file: when, who, what, and a free note. */
  record Row(ZonedDateTime at, String who, String what, String note) {}
}
