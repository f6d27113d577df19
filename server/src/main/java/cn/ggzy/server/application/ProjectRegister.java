package cn.ggzy.server.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The register of projects that must be tendered (应进必进、应招必招): a department imports its
 * approved projects (审批、核准、备案, one CSV row per planned contract) and the tenders the trading
 * system recorded; the checks raise alerts with evidence (not tendered by the planned date, method
 * or organisation form differing from the approval, contracts split below the threshold), judged by
 * the threshold rule in force on the approval date. Officers dismiss an alert with a reason or open
 * a case from it. A department sees its own; the office every department's through an audited scope.
 */
public interface ProjectRegister {
  /** The most lines of each kind one import takes. */
  int MAX_LINES = 5_000;

  /** A CSV row that was not taken, with its line, error code, texts and the column at fault. */
  record RejectedLine(int line, String code, String message, String messageEn, String field) {}

  record ImportResult(int received, int projects, int tenders, List<RejectedLine> rejected) {
    public ImportResult {
      rejected = List.copyOf(rejected);
    }
  }

  /** An alert with the officers' decision; {@code caseId} and {@code caseNumber} once a case was opened from it. */
  record AlertView(String key, String kind, String evidence, String evidenceEn, String basis, String state,
      String reason, String caseNumber, String decidedBy, Instant decidedAt, String caseId) {

    public AlertView(String key, String kind, String evidence, String evidenceEn, String basis, String state,
        String reason, String caseNumber, String decidedBy, Instant decidedAt) {
      this(key, kind, evidence, evidenceEn, basis, state, reason, caseNumber, decidedBy, decidedAt, null);
    }
  }

  record ContractView(String kind, String name, BigDecimal estimate, BigDecimal threshold, boolean mustTender) {}

  record TenderView(String sectionCode, String sectionName, String kind, String method, String organisation,
      LocalDate announcedOn, BigDecimal estimate) {}

  record Summary(String id, String department, String departmentName, String approvalNumber, String projectCode,
      String projectName, String employer, LocalDate approvedOn, LocalDate plannedTenderDate, int alerts,
      int openAlerts) {}

  record Detail(String id, String department, String departmentName, String approvalNumber, String projectCode,
      String projectName, String employer, LocalDate approvedOn, String method, String organisation, boolean mandatory,
      LocalDate plannedTenderDate, List<ContractView> contracts, List<TenderView> tenders, List<AlertView> alerts,
      String thresholdRule, long version) {}

  record Page(List<Summary> items, long total, int offset, int limit) {}

  /**
   * Imports approved projects: header {@code approvalNumber,projectCode,projectName,employer,approvedOn,method,
   * organisation,mandatory,plannedTenderDate,contractKind,contractName,contractEstimate}; a project
   * imported again gets the new facts and keeps its tenders and decisions.
   */
  ImportResult importApprovals(Caller caller, String csv);

  /**
   * Imports recorded tenders: header {@code projectCode,sectionCode,sectionName,contractKind,method,organisation,
   * announcedOn,estimate}; each attaches to the department's project with that code.
   */
  ImportResult importTenders(Caller caller, String csv);

  Page list(Caller caller, int offset, int limit);

  Detail find(Caller caller, String id);

  Detail dismiss(Caller caller, String id, String alertKey, String reason);

  Detail openCase(Caller caller, String id, String alertKey);
}
