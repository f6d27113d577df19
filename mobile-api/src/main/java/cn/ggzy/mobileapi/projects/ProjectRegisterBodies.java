package cn.ggzy.mobileapi.projects;

import cn.ggzy.server.application.ProjectRegister;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the register of projects that must be tendered. The answers are the port's views
 * under names no other schema of the document uses (the port's {@code Detail}, {@code Summary},
 * {@code Page} and {@code ImportResult} would take the names of other endpoints' bodies), each field
 * described.
 */
public final class ProjectRegisterBodies {
  /** The approvals' CSV header, as the port documents it. */
  static final String APPROVALS_HEADER = "approvalNumber,projectCode,projectName,employer,approvedOn,method,"
      + "organisation,mandatory,plannedTenderDate,contractKind,contractName,contractEstimate";
  /** The tenders' CSV header, as the port documents it. */
  static final String TENDERS_HEADER = "projectCode,sectionCode,sectionName,contractKind,method,organisation,"
      + "announcedOn,estimate";
  static final String APPROVALS_EXAMPLE = APPROVALS_HEADER + "\n"
      + "麻发改审批〔2026〕12号,MC-2026-017,麻城市城东污水管网工程,麻城市住房和城乡建设局,2026-03-15,公开招标,委托招标,是,"
      + "2026-06-30,施工,管网施工,580万元\n"
      + "麻发改审批〔2026〕12号,MC-2026-017,麻城市城东污水管网工程,麻城市住房和城乡建设局,2026-03-15,公开招标,委托招标,是,"
      + "2026-06-30,服务,监理一标段,90万元\n"
      + "麻发改审批〔2026〕12号,MC-2026-017,麻城市城东污水管网工程,麻城市住房和城乡建设局,2026-03-15,公开招标,委托招标,是,"
      + "2026-06-30,服务,监理二标段,85万元\n";
  static final String TENDERS_EXAMPLE = TENDERS_HEADER + "\n"
      + "MC-2026-017,MC-2026-017-01,管网施工,施工,邀请招标,委托招标,2026-07-08,580万元\n";

  private ProjectRegisterBodies() {}

  @Schema(description = "排除预警 Why an alert is dismissed; the alert's key travels in the body, not in the path, "
      + "as it holds the contract's or section's name, which may contain a `/` (refused by the server as `%2F` in a "
      + "path)")
  public record RegisterAlertDismissalRequest(
      @Schema(required = true, description = "the alert's key, as in the project's `alerts`",
          example = "NOT_TENDERED:CONSTRUCTION:管网施工") String key,
      @Schema(required = true, description = "理由, 2–500 characters", example = "该合同已于省级平台公开招标，有中标通知书为证")
      String reason) {}

  @Schema(description = "转立案 The alert a case is opened from (its key in the body, as for a dismissal)")
  public record RegisterAlertCaseRequest(
      @Schema(required = true, description = "the alert's key, as in the project's `alerts`", example = "SPLIT:SERVICES")
      String key) {}

  @Schema(description = "导入结果 What an import took, and every line it refused")
  public record RegisterImportResult(
      @Schema(description = "data lines read (the header not counted)", example = "3") int received,
      @Schema(description = "projects stored (approvals), or projects the tenders attach to (tenders)", example = "1")
      int projects,
      @Schema(description = "tenders taken (0 for approvals)", example = "0") int tenders,
      @Schema(description = "the lines not taken, each with its reason; the others are taken")
      List<RegisterRejectedLine> rejected) {
    static RegisterImportResult of(ProjectRegister.ImportResult r) {
      return new RegisterImportResult(r.received(), r.projects(), r.tenders(), r.rejected().stream()
          .map(l -> new RegisterRejectedLine(l.line(), l.code(), l.message(), l.messageEn(), l.field())).toList());
    }
  }

  @Schema(description = "A CSV line not taken")
  public record RegisterRejectedLine(
      @Schema(description = "the line in the file, the header being line 1", example = "3") int line,
      @Schema(description = "error code (project.csv.*; may grow)", example = "project.csv.contractEstimate")
      String code,
      @Schema(example = "请填写合同估算价（元，如 4000000 或 400万元）") String message,
      @Schema(example = "Enter the contract estimate (yuan, e.g. 4000000 or 400万元)") String messageEn,
      @Schema(description = "the column at fault", example = "contractEstimate") String field) {}

  @Schema(description = "A page of the register, latest approval first")
  public record RegisterProjectPage(List<RegisterProjectSummary> items,
      @Schema(description = "projects within reach in all", example = "57") long total,
      @Schema(example = "0") int offset, @Schema(example = "20") int limit) {
    static RegisterProjectPage of(ProjectRegister.Page p) {
      return new RegisterProjectPage(p.items().stream().map(RegisterProjectSummary::of).toList(), p.total(),
          p.offset(), p.limit());
    }
  }

  @Schema(description = "One project in the register's list")
  public record RegisterProjectSummary(@Schema(example = "AP-7C1D0E9A42B35F68") String id,
      @Schema(description = "the department's tenant id", example = "421181-zjj") String department,
      @Schema(example = "麻城市住房和城乡建设局") String departmentName,
      @Schema(description = "审批（核准、备案）文号", example = "麻发改审批〔2026〕12号") String approvalNumber,
      @Schema(example = "MC-2026-017") String projectCode,
      @Schema(example = "麻城市城东污水管网工程") String projectName,
      @Schema(description = "招标人（项目法人）", example = "麻城市住房和城乡建设局") String employer,
      @Schema(description = "审批日期", example = "2026-03-15") LocalDate approvedOn,
      @Schema(description = "计划招标日期, null when none was given", example = "2026-06-30") LocalDate plannedTenderDate,
      @Schema(description = "alerts the checks raise today", example = "2") int alerts,
      @Schema(description = "alerts neither dismissed nor made a case", example = "1") int openAlerts) {
    static RegisterProjectSummary of(ProjectRegister.Summary s) {
      return new RegisterProjectSummary(s.id(), s.department(), s.departmentName(), s.approvalNumber(),
          s.projectCode(), s.projectName(), s.employer(), s.approvedOn(), s.plannedTenderDate(), s.alerts(),
          s.openAlerts());
    }
  }

  @Schema(description = "应进必进、应招必招 A project of the register: its approval, planned contracts, recorded tenders "
      + "and the alerts of the checks, judged by the threshold rule in force on the approval date")
  public record RegisterProjectDetail(@Schema(example = "AP-7C1D0E9A42B35F68") String id,
      @Schema(example = "421181-zjj") String department,
      @Schema(example = "麻城市住房和城乡建设局") String departmentName,
      @Schema(description = "审批（核准、备案）文号", example = "麻发改审批〔2026〕12号") String approvalNumber,
      @Schema(example = "MC-2026-017") String projectCode,
      @Schema(example = "麻城市城东污水管网工程") String projectName,
      @Schema(description = "招标人（项目法人）", example = "麻城市住房和城乡建设局") String employer,
      @Schema(example = "2026-03-15") LocalDate approvedOn,
      @Schema(description = "核准的招标方式: OPEN (公开招标), INVITED (邀请招标), NONE (不招标)", example = "OPEN",
          enumeration = {"OPEN", "INVITED", "NONE"}) String method,
      @Schema(description = "核准的招标组织形式: SELF (自行招标), AGENCY (委托招标); null when not given",
          example = "AGENCY", enumeration = {"SELF", "AGENCY"}) String organisation,
      @Schema(description = "依法必须招标的项目 (state-funded or of the listed kinds)", example = "true")
      boolean mandatory,
      @Schema(description = "计划招标日期", example = "2026-06-30") LocalDate plannedTenderDate,
      @Schema(description = "the planned contracts with the threshold each is judged by") List<RegisterContract> contracts,
      @Schema(description = "the tenders the trading system recorded") List<RegisterTender> tenders,
      @Schema(description = "what the checks find today, each with its decision if any") List<RegisterAlert> alerts,
      @Schema(description = "the threshold rule in force on the approval date",
          example = "《必须招标的工程项目规定》（国家发展改革委令第16号）第五条") String thresholdRule,
      @Schema(example = "3") long version) {
    static RegisterProjectDetail of(ProjectRegister.Detail d) {
      return new RegisterProjectDetail(d.id(), d.department(), d.departmentName(), d.approvalNumber(),
          d.projectCode(), d.projectName(), d.employer(), d.approvedOn(), d.method(), d.organisation(), d.mandatory(),
          d.plannedTenderDate(), d.contracts().stream().map(RegisterContract::of).toList(),
          d.tenders().stream().map(RegisterTender::of).toList(), d.alerts().stream().map(RegisterAlert::of).toList(),
          d.thresholdRule(), d.version());
    }
  }

  @Schema(description = "A planned contract (单项合同)")
  public record RegisterContract(
      @Schema(description = "CONSTRUCTION (施工), GOODS (货物), SERVICES (勘察设计监理等服务)", example = "CONSTRUCTION",
          enumeration = {"CONSTRUCTION", "GOODS", "SERVICES"}) String kind,
      @Schema(example = "管网施工") String name,
      @Schema(description = "估算价（元）", example = "5800000") BigDecimal estimate,
      @Schema(description = "必须招标的标准（元）of its kind on the approval date", example = "4000000") BigDecimal threshold,
      @Schema(description = "the project is mandatory and the estimate reaches the threshold", example = "true")
      boolean mustTender) {
    static RegisterContract of(ProjectRegister.ContractView c) {
      return new RegisterContract(c.kind(), c.name(), c.estimate(), c.threshold(), c.mustTender());
    }
  }

  @Schema(description = "A tender the trading system recorded (标段)")
  public record RegisterTender(@Schema(example = "MC-2026-017-01") String sectionCode,
      @Schema(example = "管网施工") String sectionName,
      @Schema(example = "CONSTRUCTION", enumeration = {"CONSTRUCTION", "GOODS", "SERVICES"}) String kind,
      @Schema(example = "INVITED", enumeration = {"OPEN", "INVITED", "NONE"}) String method,
      @Schema(description = "null when not recorded", example = "AGENCY", enumeration = {"SELF", "AGENCY"})
      String organisation,
      @Schema(description = "公告日期", example = "2026-07-08") LocalDate announcedOn,
      @Schema(description = "估算价（元）, null when not recorded", example = "5800000") BigDecimal estimate) {
    static RegisterTender of(ProjectRegister.TenderView t) {
      return new RegisterTender(t.sectionCode(), t.sectionName(), t.kind(), t.method(), t.organisation(),
          t.announcedOn(), t.estimate());
    }
  }

  @Schema(description = "预警 What a check found, with the evidence, the legal basis and the officers' decision")
  public record RegisterAlert(
      @Schema(description = "names the alert within the project (kind, then the contract kind and name, the section "
          + "code or the contract kind); holds `:` and Chinese and may hold `/`: send it in the body of a dismissal "
          + "or a case", example = "NOT_TENDERED:CONSTRUCTION:管网施工") String key,
      @Schema(description = "NOT_TENDERED (应进未进), METHOD_DIFFERS, ORGANISATION_DIFFERS, SPLIT (化整为零); may grow",
          example = "NOT_TENDERED") String kind,
      @Schema(example = "合同“管网施工”估算价580万元，达到必须招标标准（400万元），计划招标日期2026-06-30已过，平台中没有其招标记录。")
      String evidence,
      @Schema(example = "Contract \"管网施工\" estimated at 580万元 must be tendered (threshold 400万元); its planned "
          + "tender date 2026-06-30 has passed and the platform holds no tender of it.") String evidenceEn,
      @Schema(description = "法律依据", example = "《必须招标的工程项目规定》（国家发展改革委令第16号）第五条；《中华人民共和国招标投标法》第三条、第四十九条")
      String basis,
      @Schema(description = "OPEN, DISMISSED or CASE_OPENED", example = "OPEN",
          enumeration = {"OPEN", "DISMISSED", "CASE_OPENED"}) String state,
      @Schema(description = "why it was dismissed", example = "该合同已于省级平台公开招标，有中标通知书为证") String reason,
      @Schema(description = "the case opened from it", example = "麻监案〔2026〕第0042号") String caseNumber,
      @Schema(description = "the officer's login who decided", example = "zjj.head") String decidedBy,
      Instant decidedAt,
      @Schema(description = "the id of the case opened from it (GET /v1/cases/{id}); null until a case is opened",
          example = "6757a3c2e4b0f1a2b3c4d5e6") String caseId) {
    static RegisterAlert of(ProjectRegister.AlertView a) {
      return new RegisterAlert(a.key(), a.kind(), a.evidence(), a.evidenceEn(), a.basis(), a.state(), a.reason(),
          a.caseNumber(), a.decidedBy(), a.decidedAt(), a.caseId());
    }
  }
}
