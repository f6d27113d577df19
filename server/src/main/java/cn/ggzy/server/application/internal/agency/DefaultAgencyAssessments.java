package cn.ggzy.server.application.internal.agency;

import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.AgencyRepository;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.Assessment.IndicatorScore;
import cn.ggzy.server.domain.model.agency.Assessment.State;
import cn.ggzy.server.domain.model.agency.AssessmentMethod;
import cn.ggzy.server.domain.model.agency.AssessmentMethod.Indicator;
import cn.ggzy.server.domain.model.agency.IndicatorSource;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.review.DocumentReviewRepository;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class DefaultAgencyAssessments implements AgencyAssessments {
  static final String LEGAL_BASIS = "《招标代理机构考核办法》";
  private AgencyRepository agencies;
  private CaseRepository cases;
  private DocumentReviewRepository reviews;
  private WarningRepository warnings;
  private CreditRecordRepository records;
  private SubjectRepository subjects;
  private CreditRecords credit;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private DepartmentReach reach;
  private WorkingCalendar calendar;
  private AuditLog audit;
  private Clock clock;

  protected DefaultAgencyAssessments() {}

  @Inject
  public DefaultAgencyAssessments(AgencyRepository agencies, CaseRepository cases, DocumentReviewRepository reviews,
      WarningRepository warnings, CreditRecordRepository records, SubjectRepository subjects, CreditRecords credit,
      TenantDirectory directory, OfficeScopes scopes, WorkingCalendar calendar, AuditLog audit, Clock clock) {
    this.agencies = agencies;
    this.cases = cases;
    this.reviews = reviews;
    this.warnings = warnings;
    this.records = records;
    this.subjects = subjects;
    this.credit = credit;
    this.directory = directory;
    this.scopes = scopes;
    this.reach = new DepartmentReach(directory, scopes);
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  private RegionCode office(Caller caller, Permission permission, String purpose) {
    if (!caller.may(permission) || !reach.office(caller)) {
      throw new AccessDeniedException(purpose);
    }
    return caller.tenant().region();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }

  private static String text(String value, int max, String code, String field, boolean required) {
    String v = value == null ? "" : value.strip();
    if ((required && v.isEmpty()) || v.length() > max) {
      throw new DomainException(code, field);
    }
    return v.isEmpty() ? null : v;
  }

  // ---------------------------------------------------------------- register

  @Override
  public Agency keep(Caller caller, AgencyInput in, long version) {
    RegionCode region = office(caller, Permission.ASSESS_AGENCIES, "agency.keep");
    if (in == null) {
      throw new DomainException("request.invalid", null);
    }
    String code = CreditCode.parse(in.creditCode(), "creditCode").value();
    String name = text(in.name(), 100, "agency.name", "name", true);
    String contact = text(in.contact(), 100, "agency.contact", "contact", false);
    List<Agency.Staff> staff = new ArrayList<>();
    for (StaffInput s : in.staff() == null ? List.<StaffInput>of() : in.staff()) {
      staff.add(new Agency.Staff(text(s.name(), 40, "agency.staff.name", "staff.name", true),
          text(s.role(), 40, "agency.staff.role", "staff.role", false),
          text(s.certificate(), 60, "agency.staff.certificate", "staff.certificate", false)));
    }
    List<String> qualifications = new ArrayList<>();
    for (String q : in.qualifications() == null ? List.<String>of() : in.qualifications()) {
      qualifications.add(text(q, 100, "agency.qualification", "qualifications", true));
    }
    List<Agency.Project> projects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ProjectInput p : in.projects() == null ? List.<ProjectInput>of() : in.projects()) {
      String projectCode = text(p.projectCode(), 60, "agency.project.code", "projects.projectCode", true);
      TenantId department = TenantId.of(p.department() == null ? "" : p.department().strip());
      boolean known = directory.department(department).map(d -> d.id().region().equals(region)).orElse(false);
      if (!known || p.department().isBlank()) {
        throw new DomainException("agency.project.department", "projects.department");
      }
      if (seen.add(projectCode)) {
        projects.add(new Agency.Project(projectCode, text(p.projectName(), 200, "agency.project.name",
            "projects.projectName", false), department));
      }
    }
    if (staff.size() > 500 || projects.size() > 5_000 || qualifications.size() > 50) {
      throw new DomainException("agency.tooLarge", "projects");
    }
    Agency stored = agencies.find(region, code).orElse(null);
    if (version == 0 && stored != null) {
      throw new StateConflictException("agency.exists", "creditCode");
    }
    if (version != 0 && (stored == null || stored.version() != version)) {
      if (stored == null) {
        throw new NotFoundException("creditCode");
      }
      throw new ConcurrentChangeException("agency");
    }
    Agency a = new Agency(region, code, name, contact, staff, qualifications, projects,
        stored == null ? null : stored.restrictedUntil(), stored == null ? null : stored.restrictionReason(),
        version + 1);
    agencies.store(region, a, version);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), version == 0 ? "agency.REGISTERED"
        : "agency.CHANGED", code, name);
    return a;
  }

  @Override
  public List<Agency> agencies(Caller caller) {
    return agencies.list(office(caller, Permission.ASSESS_AGENCIES, "agency.list"), 2_000);
  }

  // ---------------------------------------------------------------- method

  @Override
  public AssessmentMethod method(Caller caller) {
    return method(office(caller, Permission.ASSESS_AGENCIES, "agency.method"));
  }

  @Override
  public AssessmentMethod publishMethod(Caller caller, MethodInput in, long version) {
    RegionCode region = office(caller, Permission.DECIDE_AGENCY_ASSESSMENTS, "agency.method.publish");
    if (in == null || in.indicators() == null || in.grades() == null) {
      throw new DomainException("agency.method.indicators", "indicators");
    }
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorInput i : in.indicators()) {
      IndicatorSource source;
      try {
        source = IndicatorSource.valueOf(i.source() == null ? "" : i.source().strip());
      } catch (IllegalArgumentException e) {
        throw new DomainException("agency.method.indicators.source", "indicators.source");
      }
      indicators.add(new Indicator(i.code() == null ? null : i.code().strip(), i.nameZh() == null ? null
          : i.nameZh().strip(), i.nameEn() == null ? null : i.nameEn().strip(), source, i.weight(),
          source.counted() ? i.perItem() : BigDecimal.ZERO));
    }
    List<AssessmentMethod.Grade> grades = in.grades().stream().map(g -> new AssessmentMethod.Grade(
        g.grade() == null ? null : g.grade().strip(), g.minimum())).toList();
    String restricting = in.restrictingGrade() == null || in.restrictingGrade().isBlank() ? null
        : in.restrictingGrade().strip();
    AssessmentMethod m = new AssessmentMethod(region, indicators, grades, in.appealWorkingDays(), restricting,
        in.restrictionMonths(), version + 1);
    List<String> problems = m.problems();
    if (!problems.isEmpty()) {
      throw new DomainException("agency.method." + problems.get(0), problems.get(0));
    }
    long stored = agencies.method(region).map(AssessmentMethod::version).orElse(0L);
    if (stored != version) {
      throw new ConcurrentChangeException("method");
    }
    agencies.storeMethod(region, m, version);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.METHOD_PUBLISHED",
        region.value(), "version " + m.version());
    return m;
  }

  // ---------------------------------------------------------------- computing

  @Override
  public List<Assessment> assess(Caller caller, String period) {
    RegionCode region = office(caller, Permission.ASSESS_AGENCIES, "agency.assess");
    LocalDate[] p = AgencyAssessments.period(period);
    String key = period.strip();
    AssessmentMethod method = method(region);
    OfficeScope scope = scopes.open(caller, "agency.assess");
    AssessmentInputs inputs = new AssessmentInputs(cases, reviews, warnings, records, subjects, scope, today());
    for (Agency a : agencies.list(region, 2_000)) {
      String id = Assessment.idOf(a.creditCode(), key);
      Assessment stored = agencies.assessment(region, id).orElse(null);
      if (stored != null && stored.state() != State.DRAFT) {
        continue;
      }
      Map<IndicatorSource, List<String>> evidence = inputs.of(a, p[0], p[1]);
      List<IndicatorScore> lines = new ArrayList<>();
      for (Indicator i : method.indicators()) {
        if (i.source().counted()) {
          List<String> items = evidence.get(i.source());
          lines.add(new IndicatorScore(i.code(), i.nameZh(), i.source(), i.weight(), items.size(),
              i.points(items.size()), items, items.isEmpty() ? null
                  : "每项扣" + i.perItem().stripTrailingZeros().toPlainString() + "分，扣完为止", true));
        } else {
          IndicatorScore kept = stored == null ? null : stored.lines().stream().filter(l -> l.indicator().equals(i.code())
              && l.entered()).findFirst().orElse(null);
          lines.add(kept != null ? kept : new IndicatorScore(i.code(), i.nameZh(), i.source(), i.weight(), 0,
              scale(BigDecimal.ZERO), List.of(), null, false));
        }
      }
      BigDecimal total = total(lines);
      Assessment draft = new Assessment(id, region, a.creditCode(), a.name(), key, p[0], p[1], method.version(),
          lines, total, method.grade(total), State.DRAFT, null, null, null, null, null, null, null, null,
          stored == null ? 1 : stored.version() + 1);
      agencies.storeAssessment(region, draft, stored == null ? 0 : stored.version());
    }
    return ranked(agencies.assessments(region, key));
  }

  private static BigDecimal scale(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal total(List<IndicatorScore> lines) {
    return scale(lines.stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static List<Assessment> ranked(List<Assessment> list) {
    return list.stream().sorted(Comparator.comparing(Assessment::total).reversed()
        .thenComparing(Assessment::agencyName).thenComparing(Assessment::agencyCode)).toList();
  }

  @Override
  public List<Assessment> assessments(Caller caller, String period) {
    RegionCode region = office(caller, Permission.ASSESS_AGENCIES, "agency.assessments");
    AgencyAssessments.period(period);
    return ranked(agencies.assessments(region, period.strip()));
  }

  @Override
  public Assessment assessment(Caller caller, String id) {
    return load(office(caller, Permission.ASSESS_AGENCIES, "agency.assessment"), id, -1);
  }

  private Assessment load(RegionCode region, String id, long version) {
    Assessment a = agencies.assessment(region, id == null ? "" : id.strip())
        .orElseThrow(() -> new NotFoundException("assessmentId"));
    if (version >= 0 && a.version() != version) {
      throw new ConcurrentChangeException("assessment");
    }
    return a;
  }

  @Override
  public Assessment score(Caller caller, String id, String indicator, int points, String note, long version) {
    RegionCode region = office(caller, Permission.ASSESS_AGENCIES, "agency.score");
    Assessment a = load(region, id, version);
    if (a.state() != State.DRAFT) {
      throw new StateConflictException("agency.assessment.notDraft", "state");
    }
    IndicatorScore line = a.lines().stream().filter(l -> l.indicator().equals(indicator) && l.source() == IndicatorSource.ON_SITE)
        .findFirst().orElseThrow(() -> new DomainException("agency.score.indicator", "indicator"));
    if (points < 0 || points > line.weight()) {
      throw new DomainException("agency.score.points", "points");
    }
    String why = text(note, 500, "agency.score.note", "note", true);
    List<IndicatorScore> lines = a.lines().stream().map(l -> l == line ? new IndicatorScore(l.indicator(), l.name(), l.source(),
        l.weight(), 0, scale(BigDecimal.valueOf(points)), List.of("现场考核：" + why + "（" + caller.displayName() + "）"),
        why, true) : l).toList();
    BigDecimal total = total(lines);
    String grade = method(region).grade(total);
    Assessment scored = a.with(lines, total, grade, State.DRAFT, null, null, null, null, null, null, null, null,
        a.version() + 1);
    agencies.storeAssessment(region, scored, a.version());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.ON_SITE_SCORED", a.id(),
        indicator + "=" + points);
    return scored;
  }

  private AssessmentMethod method(RegionCode region) {
    return agencies.method(region).orElse(AssessmentMethod.standard(region));
  }

  // ---------------------------------------------------------------- publishing, appeals, final

  @Override
  public Assessment publish(Caller caller, String id, long version) {
    RegionCode region = office(caller, Permission.DECIDE_AGENCY_ASSESSMENTS, "agency.publish");
    Assessment a = load(region, id, version);
    if (a.state() != State.DRAFT) {
      throw new StateConflictException("agency.assessment.notDraft", "state");
    }
    LocalDate today = today();
    if (!today.isAfter(a.to())) {
      throw new StateConflictException("agency.period.open", "period");
    }
    if (a.lines().stream().anyMatch(l -> !l.entered())) {
      throw new StateConflictException("agency.score.missing", "indicator");
    }
    LocalDate due = calendar.nthWorkingDayAfter(region, today, method(region).appealWorkingDays());
    Assessment published = a.with(a.lines(), a.total(), a.grade(), State.PUBLISHED, today, due, null, null, null, null,
        null, null, a.version() + 1);
    agencies.storeAssessment(region, published, a.version());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.PUBLISHED", a.id(),
        a.grade() + " " + a.total() + ", appeal by " + due);
    return published;
  }

  @Override
  public Assessment appeal(Caller caller, String id, String text, LocalDate receivedOn, long version) {
    RegionCode region = office(caller, Permission.ASSESS_AGENCIES, "agency.appeal");
    Assessment a = load(region, id, version);
    if (a.state() != State.PUBLISHED) {
      throw new StateConflictException("agency.appeal.state", "state");
    }
    if (receivedOn == null || receivedOn.isAfter(today()) || receivedOn.isBefore(a.publishedOn())) {
      throw new DomainException("agency.appeal.receivedOn", "receivedOn");
    }
    if (receivedOn.isAfter(a.appealDue())) {
      throw new StateConflictException("agency.appeal.late", "receivedOn");
    }
    String body = text(text, 2000, "agency.appeal.text", "text", true);
    Assessment appealed = a.with(a.lines(), a.total(), a.grade(), State.APPEALED, a.publishedOn(), a.appealDue(), body,
        receivedOn, null, null, null, null, a.version() + 1);
    agencies.storeAssessment(region, appealed, a.version());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.APPEALED", a.id(),
        "received " + receivedOn);
    return appealed;
  }

  @Override
  public Assessment decideAppeal(Caller caller, String id, boolean upheld, String reason, Map<String, Integer> onSite,
      long version) {
    RegionCode region = office(caller, Permission.DECIDE_AGENCY_ASSESSMENTS, "agency.appeal.decide");
    Assessment a = load(region, id, version);
    if (a.state() != State.APPEALED) {
      throw new StateConflictException("agency.appeal.state", "state");
    }
    String why = text(reason, 2000, "agency.appeal.reason", "reason", true);
    List<IndicatorScore> lines = a.lines();
    if (upheld && onSite != null && !onSite.isEmpty()) {
      List<IndicatorScore> changed = new ArrayList<>();
      for (IndicatorScore l : lines) {
        Integer points = onSite.get(l.indicator());
        if (points != null) {
          if (l.source() != IndicatorSource.ON_SITE) {
            throw new DomainException("agency.score.indicator", "indicator");
          }
          if (points < 0 || points > l.weight()) {
            throw new DomainException("agency.score.points", "points");
          }
          List<String> evidence = new ArrayList<>(l.evidence());
          evidence.add("申诉复核：" + why);
          changed.add(new IndicatorScore(l.indicator(), l.name(), l.source(), l.weight(), 0, scale(BigDecimal.valueOf(points)),
              evidence, l.note(), true));
        } else {
          changed.add(l);
        }
      }
      lines = changed;
    }
    BigDecimal total = total(lines);
    String grade = upheld ? method(region).grade(total) : a.grade();
    Assessment decided = a.with(lines, upheld ? total : a.total(), grade, State.FINAL, a.publishedOn(), a.appealDue(),
        a.appeal(), a.appealReceivedOn(), why, upheld, caller.login().value(), clock.instant(), a.version() + 1);
    agencies.storeAssessment(region, decided, a.version());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.APPEAL_DECIDED", a.id(),
        (upheld ? "upheld, " : "rejected, ") + grade);
    effects(caller, region, decided);
    return decided;
  }

  @Override
  public Assessment makeFinal(Caller caller, String id, long version) {
    RegionCode region = office(caller, Permission.DECIDE_AGENCY_ASSESSMENTS, "agency.final");
    Assessment a = load(region, id, version);
    if (a.state() != State.PUBLISHED) {
      throw new StateConflictException("agency.final.state", "state");
    }
    if (!today().isAfter(a.appealDue())) {
      throw new StateConflictException("agency.final.appealOpen", "appealDue");
    }
    Assessment done = a.with(a.lines(), a.total(), a.grade(), State.FINAL, a.publishedOn(), a.appealDue(), null, null,
        null, null, caller.login().value(), clock.instant(), a.version() + 1);
    agencies.storeAssessment(region, done, a.version());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.FINAL", a.id(), a.grade());
    effects(caller, region, done);
    return done;
  }

  /**
   * A final grade feeds the credit records: the best grade a good-performance record, the restricting
   * grade a poor-performance one (each approved by a second person, as every entered record), and the
   * restricting grade restricts the agency for the method's months.
   */
  private void effects(Caller caller, RegionCode region, Assessment a) {
    AssessmentMethod m = method(region);
    boolean best = a.grade().equals(m.grades().get(0).grade());
    boolean restricting = a.grade().equals(m.restrictingGrade());
    if (!best && !restricting) {
      return;
    }
    LocalDate today = today();
    String summary = "招标代理机构" + a.period() + "考核结果：" + a.grade() + "（" + a.total().toPlainString() + "分）";
    credit.enter(caller, new CreditRecords.NewRecord(SubjectKind.AGENCY, a.agencyName(), a.agencyCode(), null,
        best ? RecordKind.GOOD_PERFORMANCE : RecordKind.POOR_PERFORMANCE, summary, LEGAL_BASIS, null, today));
    if (restricting && m.restrictionMonths() > 0) {
      Agency agency = agencies.find(region, a.agencyCode()).orElse(null);
      if (agency != null) {
        LocalDate until = today.plusMonths(m.restrictionMonths());
        agencies.store(region, agency.restricted(until, summary, agency.version() + 1), agency.version());
        audit.record(caller.tenant(), clock.instant(), caller.login().value(), "agency.RESTRICTED", a.agencyCode(),
            "until " + until);
      }
    }
  }

  @Override
  public List<PublicGrade> published(RegionCode region, String period) {
    AgencyAssessments.period(period);
    List<Assessment> shown = ranked(agencies.assessments(region, period.strip()).stream()
        .filter(a -> a.state() != State.DRAFT).toList());
    List<PublicGrade> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Assessment a = shown.get(i);
      out.add(new PublicGrade(a.period(), i + 1, a.agencyCode(), a.agencyName(), a.total(), a.grade(),
          a.state().name()));
    }
    return out;
  }
}
