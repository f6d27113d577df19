package cn.ggzy.server.application;

import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.TimelinessReport;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The case register (统一立案) and everything officers do with cases. Reads are limited to the
 * caller's department (own, transferred-away and consulted cases); the office reads its whole
 * region through an audited scope.
 */
public interface CaseRegister {
  /** Which inbox: assigned to me, my department's, or (office) every department's. */
  enum Inbox { MINE, DEPARTMENT, OFFICE }

  record NewCase(CaseSource source, Industry industry, String title, String summary, String projectCode,
      String projectName, String respondent, String originReference, boolean keepInOffice) {
    public Registration registration() {
      return new Registration(source, industry, title, summary, projectCode, projectName, respondent,
          originReference);
    }
  }

  record InboxRequest(Inbox inbox, Set<CaseStatus> statuses, CaseSource source, String department,
      boolean overdueOnly, String numberContains, int offset, int limit) {}

  record DecisionInput(DecisionKind kind, String text, Long fineYuan, boolean confiscation,
      Integer disqualificationYears, boolean licenceRevoked) {}

  /**
   * One action on a case, as typed by an officer; {@code version} is the version the officer saw
   * (a stale one is refused as a concurrent change). Only the fields the action needs are read.
   */
  record Command(CaseAction action, long version, String reason, String ground, String officer,
      String to, Integer workingDays, String kind, String organ, String organName, List<String> documents,
      String topic, List<String> invited, String text, DecisionInput decision) {
    public static Command of(CaseAction action, long version) {
      return new Command(action, version, null, null, null, null, null, null, null, null, null, null, null,
          null, null);
    }

    public Command withReason(String value) {
      return new Command(action, version, value, ground, officer, to, workingDays, kind, organ, organName,
          documents, topic, invited, text, decision);
    }
  }

  Detail register(Caller caller, NewCase input);

  /**
   * A complaint or report filed on the public channel becomes a case of the competent department
   * (by industry), or of the office when there is none. Never refused for lack of a calendar.
   */
  Detail registerFiled(RegionCode region, Registration registration, Instant receivedAt);

  Detail find(Caller caller, String caseId);

  InboxPage inbox(Caller caller, InboxRequest request);

  Detail act(Caller caller, String caseId, Command command);

  byte[] notice(Caller caller, String caseId, CaseDocuments.NoticeKind kind);

  /**
   * A notice as served on the filer, for the public channel once the filer has shown the receipt
   * number and access code: addressed to {@code addressee} (null: 投诉人/举报人); the decision only
   * once it was served (送达). Audited as fetched by {@code public:<receipt>}. Unknown, not the
   * case's or not yet the filer's: {@code NotFoundException}.
   */
  byte[] noticeForFiler(TenantId owner, String caseId, CaseDocuments.NoticeKind kind,
      String addressee, String receiptNumber);

  byte[] caseFile(Caller caller, String caseId);

  TimelinessReport timeliness(Caller caller, LocalDate from, LocalDate to);
}
