package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.AssessmentMethod;
import cn.ggzy.tenants.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 代理机构考核: the office keeps the register of tender agencies and the published assessment method;
 * each quarter or year every agency is assessed from what the platform knows of the projects it ran
 * (founded cases, document-review findings, late rectifications, rigging warnings, negative credit
 * records) and the items officers score on site, each deducted point explained; the result is ranked,
 * published with the last day to appeal on the working-day calendar, appealed and decided, and once
 * final feeds the credit records (a good or poor performance record, approved by a second person) and
 * may restrict the agency.
 */
public interface AgencyAssessments {
  record StaffInput(String name, String role, String certificate) {}

  record ProjectInput(String projectCode, String projectName, String department) {}

  record AgencyInput(String creditCode, String name, String contact, List<StaffInput> staff,
      List<String> qualifications, List<ProjectInput> projects) {}

  record IndicatorInput(String code, String nameZh, String nameEn, String source, int weight, BigDecimal perItem) {}

  record GradeInput(String grade, int minimum) {}

  record MethodInput(List<IndicatorInput> indicators, List<GradeInput> grades, int appealWorkingDays,
      String restrictingGrade, int restrictionMonths) {}

  /** A published result as the public sees it. */
  record PublicGrade(String period, int rank, String agencyCode, String agencyName, BigDecimal total, String grade,
      String state) {}

  /** Registers an agency ({@code version} 0) or changes it (at the version read). */
  Agency keep(Caller caller, AgencyInput input, long version);

  List<Agency> agencies(Caller caller);

  /** The region's method: the one its office published, or the standard one. */
  AssessmentMethod method(Caller caller);

  /** Publishes a new method (office leaders); results computed afterwards use it. */
  AssessmentMethod publishMethod(Caller caller, MethodInput input, long version);

  /** Computes the period's drafts for every agency again (published ones stay), ranked best first. */
  List<Assessment> assess(Caller caller, String period);

  /** The period's assessments, ranked best first, without computing. */
  List<Assessment> assessments(Caller caller, String period);

  Assessment assessment(Caller caller, String id);

  /** An officer's score (0 to the weight) of an on-site indicator of a draft, with a note. */
  Assessment score(Caller caller, String id, String indicator, int points, String note, long version);

  /** Publishes a draft once its period ended and every on-site item is scored (office leaders). */
  Assessment publish(Caller caller, String id, long version);

  /** Records the agency's appeal received by its last day. */
  Assessment appeal(Caller caller, String id, String text, LocalDate receivedOn, long version);

  /**
   * Decides an appeal (office leaders): upheld with new on-site scores by indicator, or rejected; the
   * result is then final.
   */
  Assessment decideAppeal(Caller caller, String id, boolean upheld, String reason, Map<String, Integer> onSite,
      long version);

  /** Makes a published result final once its appeal period passed without an appeal (office leaders). */
  Assessment makeFinal(Caller caller, String id, long version);

  /** The period's published and final results, ranked, as the public channel shows them. */
  List<PublicGrade> published(RegionCode region, String period);

  /**
   * The last quarter ended on or before {@code day} ({@code 2026-Q3} for any day of November 2026,
   * {@code 2026-Q4} on 31 December): the period whose results are due.
   */
  static String lastQuarterEndedBy(LocalDate day) {
    LocalDate next = day.plusDays(1);
    LocalDate start = next.withDayOfMonth(1).withMonth((next.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
    return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
  }

  /** The period's first and last day: {@code 2026-Q4} or {@code 2026}; refused at {@code period} otherwise. */
  static LocalDate[] period(String period) {
    String p = period == null ? "" : period.strip();
    try {
      if (p.matches("\\d{4}-Q[1-4]")) {
        int year = Integer.parseInt(p.substring(0, 4));
        int q = p.charAt(6) - '0';
        LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
        return new LocalDate[] {from, from.plusMonths(3).minusDays(1)};
      }
      if (p.matches("\\d{4}")) {
        int year = Integer.parseInt(p);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
    } catch (RuntimeException e) {
      // falls through to the refusal
    }
    throw new DomainException("agency.period.invalid", "period");
  }
}
