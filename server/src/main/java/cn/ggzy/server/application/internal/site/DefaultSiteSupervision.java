package cn.ggzy.server.application.internal.site;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.SiteDocuments;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.server.domain.model.geography.Geofence;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.site.AbsenceWarning;
import cn.ggzy.server.domain.model.site.Attendance;
import cn.ggzy.server.domain.model.site.AttendancePolicy;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import cn.ggzy.server.domain.model.site.CheckIn;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
import cn.ggzy.server.domain.model.site.CheckInRules;
import cn.ggzy.server.domain.model.site.Face;
import cn.ggzy.server.domain.model.site.KeyPerson;
import cn.ggzy.server.domain.model.site.LivenessChallenge;
import cn.ggzy.server.domain.model.site.SiteMessenger;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.server.domain.model.site.SupervisedProject;
import cn.ggzy.server.domain.service.FaceRecognition;
import cn.ggzy.server.domain.service.ImageFingerprints;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultSiteSupervision implements SiteSupervision {
  /** The largest frame or enrolment photo accepted. */
  static final int MAX_PHOTO_BYTES = 3 * 1024 * 1024;
  /** The window in which at most 5 check-ins of a person are taken. */
  static final Duration BURST = Duration.ofMinutes(10);
  /** How long a challenge may be answered. */
  static final Duration CHALLENGE_LIFE = Duration.ofMinutes(3);
  private static final Logger LOG = Logger.getLogger(DefaultSiteSupervision.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final LocalTime DEFAULT_START = LocalTime.of(7, 0);
  private static final LocalTime DEFAULT_END = LocalTime.of(19, 0);

  private SiteRepository repository;
  private FaceRecognition faces;
  private ImageFingerprints fingerprints;
  private EvidenceStore evidence;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private SiteReach sites;
  private DepartmentReach reach;
  private WorkingCalendar calendar;
  private AuditLog audit;
  private Clock clock;
  private CheckInRules rules = CheckInRules.DEFAULT;
  private SiteMessenger messenger;
  private AbsenceDesk absences;
  private String publicUrl;
  private SiteDocuments documents;

  protected DefaultSiteSupervision() {}

  @Inject
  public DefaultSiteSupervision(SiteRepository repository, FaceRecognition faces, ImageFingerprints fingerprints,
      EvidenceStore evidence, TenantDirectory directory, OfficeScopes scopes, WorkingCalendar calendar,
      AuditLog audit, Clock clock, SiteMessenger messenger, AccountRepository accounts, DeviceRepository devices,
      PushChannels channels, CaseRegister cases, CreditRecords credit, SiteDocuments documents,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.messenger = messenger;
    this.documents = documents;
    this.absences = new AbsenceDesk(repository, calendar, messenger, accounts, devices, channels, cases, credit);
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.repository = repository;
    this.faces = faces;
    this.fingerprints = fingerprints;
    this.evidence = evidence;
    this.directory = directory;
    this.scopes = scopes;
    this.sites = new SiteReach(directory, scopes, repository);
    this.reach = sites.departments();
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- access

  private static void require(Caller caller, Permission permission, String purpose) {
    SiteReach.require(caller, permission, purpose);
  }

  /** The departments the caller reads: the own one, or for the office every department of the region. */
  private List<TenantId> departments(Caller caller, String department, String purpose) {
    require(caller, Permission.SUPERVISE_SITES, purpose);
    if (!reach.office(caller)) {
      return List.of(caller.tenant());
    }
    OfficeScope scope = scopes.open(caller, purpose);
    Region region = directory.region(scope.region()).orElseThrow(() -> new NotFoundException("department"));
    List<TenantId> all = region.departments().stream().filter(d -> !d.isOffice()).map(Department::id).toList();
    if (department == null || department.isBlank()) {
      return all;
    }
    TenantId chosen = TenantId.of(department.strip());
    if (!all.contains(chosen)) {
      throw new NotFoundException("department");
    }
    return List.of(chosen);
  }

  private SupervisedProject loadProject(Caller caller, String projectId, String purpose) {
    return sites.load(caller, projectId, purpose, "projectId", repository::project);
  }

  private KeyPerson loadPerson(Caller caller, String personId, String purpose) {
    return sites.load(caller, personId, purpose, "personId", repository::person);
  }

  private Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now(), WorkingCalendar.ZONE);
  }

  private static String text(String value, int max, String code, String field, boolean required) {
    String v = value == null ? "" : value.strip();
    if ((required && v.isEmpty()) || v.length() > max) {
      throw new DomainException(code, field);
    }
    return v.isEmpty() ? null : v;
  }

  // ---------------------------------------------------------------- projects

  @Override
  public SiteProjectView register(Caller caller, SiteProjectInput in) {
    require(caller, Permission.SUPERVISE_SITES, "site.register");
    if (in == null) {
      throw new DomainException("request.invalid", null);
    }
    TenantId department = caller.tenant();
    if (reach.office(caller)) {
      department = departments(caller, in.department() == null || in.department().isBlank() ? "-" : in.department(),
          "site.register").get(0);
    }
    String projectCode = text(in.projectCode(), 60, "site.project.code", "projectCode", true);
    String section = text(in.sectionName(), 200, "site.project.section", "sectionName", true);
    String employer = text(in.employer(), 100, "site.project.employer", "employer", true);
    String employerPhone = in.employerPhone() == null ? "" : in.employerPhone().replaceAll("[\\s-]", "");
    if (!employerPhone.isEmpty() && !employerPhone.matches("1\\d{10}|0\\d{9,11}")) {
      throw new DomainException("site.project.employerPhone", "employerPhone");
    }
    String winnerCode = CreditCode.parse(in.winnerCode(), "winnerCode").value();
    String winnerName = text(in.winnerName(), 100, "site.project.winnerName", "winnerName", true);
    BigDecimal amount = in.contractAmount();
    if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("1e12")) >= 0) {
      throw new DomainException("site.project.amount", "contractAmount");
    }
    if (in.startDay() == null) {
      throw new DomainException("site.project.startDay", "startDay");
    }
    if (in.endDay() != null && in.endDay().isBefore(in.startDay())) {
      throw new DomainException("site.project.endDay", "endDay");
    }
    Geofence fence = fence(in.site());
    String address = text(in.address(), 200, "site.project.address", "address", true);
    LocalTime start = in.workStart() == null ? DEFAULT_START : in.workStart();
    LocalTime end = in.workEnd() == null ? DEFAULT_END : in.workEnd();
    if (!start.isBefore(end)) {
      throw new DomainException("site.project.hours", "workEnd");
    }
    String id = repository.nextId(department, "XM");
    SupervisedProject p = new SupervisedProject(department, id, projectCode, section, employer,
        employerPhone.isEmpty() ? null : employerPhone, winnerCode, winnerName,
        amount, in.startDay(), in.endDay(), fence, address, start.withNano(0), end.withNano(0),
        SupervisedProject.State.ACTIVE, now(), caller.login().value(), 1);
    repository.store(p, 0);
    audit.record(department, now(), caller.login().value(), "site.REGISTER", id, null, null, projectCode);
    return view(p);
  }

  private static Geofence fence(List<SiteVertex> vertices) {
    if (vertices == null || vertices.size() < 3 || vertices.size() > 200) {
      throw new DomainException("site.project.polygon", "site");
    }
    List<GeoPoint> points = new ArrayList<>();
    for (SiteVertex v : vertices) {
      if (v == null) {
        throw new DomainException("site.project.polygon", "site");
      }
      try {
        points.add(new GeoPoint(v.latitude(), v.longitude()));
      } catch (DomainException e) {
        throw new DomainException("site.project.polygon", "site");
      }
    }
    Geofence fence = new Geofence(points);
    double span = 0;
    for (GeoPoint p : points) {
      span = Math.max(span, p.distanceMeters(points.get(0)));
    }
    if (span > 50_000 || span < 5) {
      throw new DomainException("site.project.polygon", "site");
    }
    return fence;
  }

  @Override
  public List<SiteProjectLine> projects(Caller caller, String department) {
    LocalDate today = today();
    Instant from = today.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    List<SiteProjectLine> lines = new ArrayList<>();
    for (TenantId t : departments(caller, department, "site.projects")) {
      for (SupervisedProject p : repository.projects(t, 500)) {
        int people = (int) repository.people(t, p.id()).stream().filter(KeyPerson::active).count();
        List<CheckIn> day = repository.projectCheckIns(t, p.id(), from, to);
        int present = (int) day.stream().filter(c -> c.outcome() == CheckInOutcome.PRESENT).map(CheckIn::personId)
            .distinct().count();
        int flagged = (int) day.stream().filter(c -> c.outcome() != CheckInOutcome.PRESENT).count();
        lines.add(new SiteProjectLine(view(p), people, present, flagged));
      }
    }
    return lines;
  }

  @Override
  public SiteProjectView project(Caller caller, String projectId) {
    return view(loadProject(caller, projectId, "site.project"));
  }

  private SiteProjectView view(SupervisedProject p) {
    return new SiteProjectView(p.id(), p.department().value(), reach.name(p.department()), p.projectCode(),
        p.sectionName(), p.employer(), p.employerPhone(), p.winnerCode(), p.winnerName(), p.contractAmount(), p.startDay(), p.endDay(),
        p.site().vertices().stream().map(v -> new SiteVertex(v.latitude(), v.longitude())).toList(), p.address(),
        p.workStart(), p.workEnd(), p.state().name(), p.version());
  }

  // ---------------------------------------------------------------- people

  @Override
  public List<SitePersonView> people(Caller caller, String projectId) {
    SupervisedProject p = loadProject(caller, projectId, "site.people");
    AttendancePolicy policy = policyOf(p.department());
    return repository.people(p.department(), p.id()).stream().map(k -> view(k, policy)).toList();
  }

  private SitePersonView view(KeyPerson k, AttendancePolicy policy) {
    List<String> others = k.active() ? otherActiveProjects(k) : List.of();
    return new SitePersonView(k.id(), k.projectId(), k.role(), policy.rule(k.role()).map(AttendanceRule::nameZh)
        .orElse(k.role()), k.name(), k.maskedResidentId(), k.certificate(), k.maskedPhone(), k.enrolledAt(),
        k.active(), k.replacement() == null ? null : k.replacement().successorId(),
        k.replacement() == null ? null : k.replacement().reason(), others);
  }

  /** The other active projects (on today's date) where the same resident ID is an active key person. */
  private List<String> otherActiveProjects(KeyPerson k) {
    LocalDate today = today();
    List<String> others = new ArrayList<>();
    for (KeyPerson other : repository.activeByResidentId(k.department().region(), k.residentId())) {
      if (other.projectId().equals(k.projectId()) || !other.active()) {
        continue;
      }
      repository.project(other.department(), other.projectId()).filter(p -> p.activeOn(today))
          .ifPresent(p -> others.add(p.id()));
    }
    return others;
  }

  @Override
  public Enrolment enrol(Caller caller, String projectId, SitePersonInput input, byte[] facePhoto) {
    SupervisedProject p = loadProject(caller, projectId, "site.enrol");
    if (p.state() != SupervisedProject.State.ACTIVE) {
      throw new StateConflictException("site.project.finished", "projectId");
    }
    return enrolIn(caller, p, input, facePhoto, "site.ENROL");
  }

  private Enrolment enrolIn(Caller caller, SupervisedProject p, SitePersonInput in, byte[] photo, String action) {
    if (in == null) {
      throw new DomainException("request.invalid", null);
    }
    AttendancePolicy policy = policyOf(p.department());
    String role = in.role() == null ? "" : in.role().strip();
    if (policy.rule(role).isEmpty()) {
      throw new DomainException("site.person.role", "role");
    }
    String name = text(in.name(), 40, "site.person.name", "name", true);
    String residentId = ResidentId.parse(in.residentId(), "residentId").value();
    String certificate = text(in.certificate(), 60, "site.person.certificate", "certificate", false);
    String phone = in.phone() == null ? "" : in.phone().replaceAll("[\\s-]", "");
    if (!phone.matches("1\\d{10}")) {
      throw new DomainException("site.person.phone", "phone");
    }
    boolean already = repository.people(p.department(), p.id()).stream()
        .anyMatch(k -> k.active() && k.residentId().equals(residentId) && k.role().equals(role));
    if (already) {
      throw new StateConflictException("site.person.duplicate", "residentId");
    }
    float[] face = enrolledFace(photo);
    String id = repository.nextId(p.department(), "RY");
    EvidenceStore.Stored stored = evidence.store("site/" + id + "/enrolment", "enrolment.jpg",
        new ByteArrayInputStream(photo), MAX_PHOTO_BYTES);
    String token = newToken();
    KeyPerson k = new KeyPerson(p.department(), p.id(), id, role, name, residentId, certificate, phone, face,
        stored.storageId(), faces.model(), now(), caller.login().value(), Hashes.sha256(token), null, 1);
    repository.store(k, 0);
    audit.record(p.department(), now(), caller.login().value(), action, id, null, null, p.id() + " " + role);
    sendLink(k, p, token);
    return new Enrolment(view(k, policy), token);
  }

  /** The one face of an enrolment photo: a clear frontal face, alone in the picture. */
  private float[] enrolledFace(byte[] photo) {
    if (photo == null || photo.length == 0) {
      throw new DomainException("site.photo.missing", "photo");
    }
    if (photo.length > MAX_PHOTO_BYTES) {
      throw new DomainException("site.photo.tooLarge", "photo");
    }
    fingerprints.differenceHash(photo, "photo");
    List<Face> found = faces.faces(photo, 1);
    if (found.isEmpty()) {
      throw new DomainException("site.enrol.noFace", "photo");
    }
    Face main = found.get(0);
    double area = main.box().width() * main.box().height();
    if (found.stream().skip(1).anyMatch(f -> f.box().width() * f.box().height() >= 0.25 * area)) {
      throw new DomainException("site.enrol.severalFaces", "photo");
    }
    return main.descriptor();
  }

  /** The personal link goes to the phone on file (best effort: the officer also shows it once as a QR code). */
  private void sendLink(KeyPerson k, SupervisedProject p, String token) {
    try {
      messenger.checkInLink(k.phone(), k.name(), p.sectionName(), publicUrl + "site/" + token);
    } catch (RuntimeException e) {
      LOG.warning("site check-in link not sent: " + e.getClass().getName());
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public Enrolment newLink(Caller caller, String personId) {
    KeyPerson k = loadPerson(caller, personId, "site.link");
    if (!k.active()) {
      throw new StateConflictException("site.person.replaced", "personId");
    }
    String token = newToken();
    KeyPerson updated = k.withToken(Hashes.sha256(token), k.version() + 1);
    repository.store(updated, k.version());
    audit.record(k.department(), now(), caller.login().value(), "site.NEW_LINK", k.id(), null);
    repository.project(k.department(), k.projectId()).ifPresent(p -> sendLink(updated, p, token));
    return new Enrolment(view(updated, policyOf(k.department())), token);
  }

  @Override
  public Enrolment replace(Caller caller, String personId, ReplacementInput input, byte[] successorPhoto) {
    KeyPerson k = loadPerson(caller, personId, "site.replace");
    require(caller, Permission.APPROVE_SITE_CHANGES, "site.replace");
    if (input == null || input.successor() == null) {
      throw new DomainException("request.invalid", "successor");
    }
    if (!k.active()) {
      throw new StateConflictException("site.person.replaced", "personId");
    }
    String request = text(input.employerRequest(), 100, "site.replace.request", "employerRequest", true);
    String reason = text(input.reason(), 500, "site.replace.reason", "reason", true);
    SupervisedProject p = repository.project(k.department(), k.projectId())
        .orElseThrow(() -> new NotFoundException("projectId"));
    if (!k.role().equals(input.successor().role() == null ? "" : input.successor().role().strip())) {
      throw new DomainException("site.replace.role", "successor.role");
    }
    if (ResidentId.parse(input.successor().residentId(), "successor.residentId").value().equals(k.residentId())) {
      throw new DomainException("site.replace.same", "successor.residentId");
    }
    Enrolment successor = enrolIn(caller, p, input.successor(), successorPhoto, "site.ENROL_SUCCESSOR");
    KeyPerson replaced = k.replaced(new KeyPerson.Replacement(request, reason, successor.person().id(),
        caller.login().value(), now()), k.version() + 1);
    repository.store(replaced, k.version());
    audit.record(k.department(), now(), caller.login().value(), "site.REPLACE", k.id(), reason, null,
        successor.person().id());
    return successor;
  }

  @Override
  public List<DoubleBooking> doubleBooked(Caller caller) {
    LocalDate today = today();
    Map<String, List<KeyPerson>> byResident = new LinkedHashMap<>();
    for (TenantId t : departments(caller, null, "site.doubleBooked")) {
      for (SupervisedProject p : repository.projects(t, 500)) {
        if (!p.activeOn(today)) {
          continue;
        }
        for (KeyPerson k : repository.people(t, p.id())) {
          if (k.active()) {
            byResident.computeIfAbsent(k.residentId(), r -> new ArrayList<>()).add(k);
          }
        }
      }
    }
    List<DoubleBooking> found = new ArrayList<>();
    for (List<KeyPerson> posts : byResident.values()) {
      List<String> elsewhere = otherActiveProjects(posts.get(0));
      long projects = posts.stream().map(KeyPerson::projectId).distinct().count();
      if (projects > 1 || !elsewhere.isEmpty()) {
        AttendancePolicy policy = policyOf(posts.get(0).department());
        found.add(new DoubleBooking(posts.get(0).maskedResidentId(), posts.get(0).name(),
            posts.stream().map(k -> view(k, policy)).toList()));
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- attendance

  @Override
  public AttendancePolicy policy(Caller caller) {
    require(caller, Permission.SUPERVISE_SITES, "site.policy");
    return policyOf(caller.tenant());
  }

  private AttendancePolicy policyOf(TenantId department) {
    return repository.policy(department).orElseGet(() -> AttendancePolicy.standard(department));
  }

  @Override
  public AttendancePolicy setPolicy(Caller caller, List<AttendanceRule> rules, long version) {
    require(caller, Permission.APPROVE_SITE_CHANGES, "site.policy.set");
    AttendancePolicy current = policyOf(caller.tenant());
    if (current.version() != version) {
      throw new StateConflictException("site.policy.changed", "version");
    }
    AttendancePolicy next = new AttendancePolicy(caller.tenant(), rules == null ? List.of() : rules, version + 1);
    repository.store(next, version);
    audit.record(caller.tenant(), now(), caller.login().value(), "site.POLICY", caller.tenant().value(), null);
    return next;
  }

  @Override
  public List<CheckInView> checkIns(Caller caller, String projectId, LocalDate day) {
    SupervisedProject p = loadProject(caller, projectId, "site.checkIns");
    LocalDate d = day == null ? today() : day;
    Map<String, KeyPerson> people = new LinkedHashMap<>();
    repository.people(p.department(), p.id()).forEach(k -> people.put(k.id(), k));
    return repository.projectCheckIns(p.department(), p.id(), d.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
        d.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()).stream()
        .map(c -> view(c, people.get(c.personId()))).toList();
  }

  private static CheckInView view(CheckIn c, KeyPerson k) {
    return new CheckInView(c.id(), c.personId(), k == null ? "" : k.name(), c.role(), c.at(), c.position().latitude(),
        c.position().longitude(), c.accuracyMeters(), c.outcome(), c.findings(), c.faceDistance(),
        c.distanceOutsideMeters(), c.challenge() == null ? null : c.challenge().name());
  }

  @Override
  public List<PersonWeek> board(Caller caller, String projectId, LocalDate day) {
    SupervisedProject p = loadProject(caller, projectId, "site.board");
    AttendancePolicy policy = policyOf(p.department());
    LocalDate monday = (day == null ? today() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate sunday = monday.plusDays(6);
    Instant from = monday.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant to = sunday.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    RegionCode region = p.department().region();
    List<PersonWeek> board = new ArrayList<>();
    for (KeyPerson k : repository.people(p.department(), p.id())) {
      if (!k.active() && k.replacement().approvedAt().isBefore(from)) {
        continue;
      }
      AttendanceRule rule = policy.rule(k.role()).orElse(policy.rules().get(0));
      List<Attendance.AttendanceDay> days = Attendance.days(rule, repository.checkIns(p.department(), k.id(), from, to),
          monday, sunday, d -> calendar.isWorkingDay(region, d), WorkingCalendar.ZONE);
      LocalDate counted = k.enrolledAt() == null ? p.startDay()
          : max(p.startDay(), LocalDate.ofInstant(k.enrolledAt(), WorkingCalendar.ZONE));
      board.add(new PersonWeek(view(k, policy), rule, days, Attendance.week(rule, days, monday, counted)));
    }
    return board;
  }

  @Override
  public MonthSheet month(Caller caller, String projectId, YearMonth month) {
    return monthOf(loadProject(caller, projectId, "site.month"), month);
  }

  private MonthSheet monthOf(SupervisedProject p, YearMonth month) {
    if (month == null) {
      throw new DomainException("site.month.invalid", "month");
    }
    AttendancePolicy policy = policyOf(p.department());
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    LocalDate today = today();
    // the weeks that end in the month, whole: from the Monday of the first day's week
    LocalDate from = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant start = from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    RegionCode region = p.department().region();
    List<MonthRow> rows = new ArrayList<>();
    for (KeyPerson k : repository.people(p.department(), p.id())) {
      LocalDate enrolled = LocalDate.ofInstant(k.enrolledAt(), WorkingCalendar.ZONE);
      if (enrolled.isAfter(last) || (!k.active() && k.replacement().approvedAt().isBefore(
          first.atStartOfDay(WorkingCalendar.ZONE).toInstant()))) {
        continue;
      }
      AttendanceRule rule = policy.rule(k.role()).orElse(policy.rules().get(0));
      List<Attendance.AttendanceDay> all = Attendance.days(rule, repository.checkIns(p.department(), k.id(), start,
          end), from, last, d -> calendar.isWorkingDay(region, d), WorkingCalendar.ZONE);
      LocalDate counted = max(p.startDay(), enrolled);
      List<Attendance.AttendanceDay> days = all.stream().filter(d -> !d.day().isBefore(first)).toList();
      int working = (int) days.stream().filter(d -> d.working() && !d.day().isBefore(counted)).count();
      int onSite = (int) days.stream().filter(Attendance.AttendanceDay::onSite).count();
      int weeksShort = 0;
      for (LocalDate sunday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !sunday.isAfter(last)
          && sunday.isBefore(today); sunday = sunday.plusWeeks(1)) {
        if (!Attendance.week(rule, all, sunday, counted).met()) {
          weeksShort++;
        }
      }
      rows.add(new MonthRow(view(k, policy), rule, days, working, onSite, weeksShort));
    }
    return new MonthSheet(view(p), month, rows);
  }

  @Override
  public byte[] monthPdf(Caller caller, String projectId, YearMonth month) {
    SupervisedProject p = loadProject(caller, projectId, "site.month.pdf");
    audit.record(p.department(), now(), caller.login().value(), "site.MONTH_PDF", p.id(), null, null,
        String.valueOf(month));
    return documents.pdf(monthOf(p, month));
  }

  @Override
  public byte[] monthWorkbook(Caller caller, String projectId, YearMonth month) {
    SupervisedProject p = loadProject(caller, projectId, "site.month.workbook");
    audit.record(p.department(), now(), caller.login().value(), "site.MONTH_WORKBOOK", p.id(), null, null,
        String.valueOf(month));
    return documents.workbook(monthOf(p, month));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public byte[] enrolledPhoto(Caller caller, String personId) {
    KeyPerson k = loadPerson(caller, personId, "site.photo");
    audit.record(k.department(), now(), caller.login().value(), "site.READ_PHOTO", k.id(), null);
    try (InputStream in = evidence.open(k.photoId())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- absences

  @Override
  public int judgeWeeks(RegionCode region) {
    Region r = directory.region(region).orElseThrow(() -> new NotFoundException("region"));
    LocalDate thisMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant now = now();
    int raised = 0;
    for (Department d : r.departments()) {
      if (d.isOffice()) {
        continue;
      }
      AttendancePolicy policy = policyOf(d.id());
      for (SupervisedProject p : repository.projects(d.id(), 10_000)) {
        if (p.state() != SupervisedProject.State.ACTIVE) {
          continue;
        }
        for (KeyPerson k : repository.people(d.id(), p.id())) {
          for (int weeksBack = 2; weeksBack >= 1; weeksBack--) {
            if (absences.judge(p, k, policy, thisMonday.minusWeeks(weeksBack), now).isPresent()) {
              raised++;
            }
          }
        }
      }
    }
    return raised;
  }

  @Override
  public int judgeDueWeeks() {
    LocalDate lastMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    int raised = 0;
    for (Region r : directory.regions()) {
      if (!r.departments().isEmpty() && repository.markJudged(r.code(), lastMonday)) {
        raised += judgeWeeks(r.code());
      }
    }
    return raised;
  }

  @Override
  public List<AbsenceView> absences(Caller caller, String department) {
    List<AbsenceView> views = new ArrayList<>();
    for (TenantId t : departments(caller, department, "site.absences")) {
      AttendancePolicy policy = policyOf(t);
      for (AbsenceWarning w : repository.warnings(t, 500)) {
        views.add(view(w, policy));
      }
    }
    return views;
  }

  private AbsenceView view(AbsenceWarning w, AttendancePolicy policy) {
    String section = repository.project(w.department(), w.projectId()).map(SupervisedProject::sectionName).orElse("");
    String name = repository.person(w.department(), w.personId()).map(KeyPerson::name).orElse("");
    return new AbsenceView(w.id(), w.projectId(), section, w.personId(), name, w.role(),
        policy.rule(w.role()).map(AttendanceRule::nameZh).orElse(w.role()), w.monday(), w.workingDays(), w.required(),
        w.onSiteDays(), w.caseProposed(), w.state().name(), w.reason(), w.caseId(), w.caseNumber(),
        w.creditRecordId(), w.version());
  }

  private AbsenceWarning loadWarning(Caller caller, String id, String purpose) {
    return sites.load(caller, id, purpose, "id", repository::warning);
  }

  @Override
  public AbsenceView dismissAbsence(Caller caller, String id, String reason, long version) {
    AbsenceWarning w = loadWarning(caller, id, "site.absence.dismiss");
    AbsenceWarning done = absences.dismiss(caller, w, reason, version, now());
    audit.record(w.department(), now(), caller.login().value(), "site.absence.DISMISS", w.id(), done.reason());
    return view(done, policyOf(w.department()));
  }

  @Override
  public AbsenceView openAbsenceCase(Caller caller, String id, long version) {
    AbsenceWarning w = loadWarning(caller, id, "site.absence.openCase");
    SupervisedProject p = repository.project(w.department(), w.projectId())
        .orElseThrow(() -> new NotFoundException("projectId"));
    KeyPerson k = repository.person(w.department(), w.personId()).orElseThrow(() -> new NotFoundException("personId"));
    AttendancePolicy policy = policyOf(w.department());
    String roleName = policy.rule(w.role()).map(AttendanceRule::nameZh).orElse(w.role());
    AbsenceWarning done = absences.openCase(caller, w, p, k, roleName, version, now(), today());
    audit.record(w.department(), now(), caller.login().value(), "site.absence.OPEN_CASE", w.id(), null, null,
        done.caseNumber());
    return view(done, policy);
  }

  // ---------------------------------------------------------------- site staff

  private KeyPerson holder(String token) {
    return sites.holder(token);
  }

  private SupervisedProject projectOf(KeyPerson k) {
    SupervisedProject p = repository.project(k.department(), k.projectId())
        .orElseThrow(() -> new NotFoundException("site.link.notFound", "token"));
    if (!p.activeOn(today())) {
      throw new StateConflictException("site.project.inactive", "token");
    }
    return p;
  }

  @Override
  public SiteSelf self(String token) {
    KeyPerson k = holder(token);
    SupervisedProject p = repository.project(k.department(), k.projectId())
        .orElseThrow(() -> new NotFoundException("site.link.notFound", "token"));
    LocalDate today = today();
    List<CheckInView> todays = repository.checkIns(k.department(), k.id(),
        today.atStartOfDay(WorkingCalendar.ZONE).toInstant(), today.plusDays(1).atStartOfDay(WorkingCalendar.ZONE)
            .toInstant()).stream().map(c -> view(c, k)).toList();
    SiteProjectView v = view(p);
    String roleName = policyOf(k.department()).rule(k.role()).map(AttendanceRule::nameZh).orElse(k.role());
    return new SiteSelf(k.name(), k.role(), roleName, p.projectCode(), p.sectionName(), v.site(), p.workStart(),
        p.workEnd(), todays);
  }

  @Override
  public ChallengeView challenge(String token) {
    KeyPerson k = holder(token);
    projectOf(k);
    LivenessChallenge.Action[] actions = LivenessChallenge.Action.values();
    LivenessChallenge c = new LivenessChallenge(k.department(), repository.nextId(k.department(), "TZ") + "-"
        + newToken().substring(0, 10), k.id(), actions[RANDOM.nextInt(actions.length)], now(),
        now().plus(CHALLENGE_LIFE));
    repository.issue(c);
    return new ChallengeView(c.id(), c.action(), c.expiresAt());
  }

  @Override
  public CheckInView checkIn(String token, CheckInInput in) {
    KeyPerson k = holder(token);
    SupervisedProject p = projectOf(k);
    if (in == null) {
      throw new DomainException("request.invalid", null);
    }
    String challengeId = text(in.challengeId(), 100, "site.challenge.missing", "challengeId", true);
    byte[] first = frame(in.firstFrame(), "firstFrame");
    byte[] second = frame(in.secondFrame(), "secondFrame");
    if (in.latitude() == null || in.longitude() == null) {
      throw new DomainException("geography.point.invalid", in.latitude() == null ? "latitude" : "longitude");
    }
    GeoPoint position = new GeoPoint(in.latitude(), in.longitude());
    Double accuracy = in.accuracyMeters();
    if (accuracy == null || !Double.isFinite(accuracy) || accuracy < 0 || accuracy > 100_000) {
      throw new DomainException("site.checkIn.accuracy", "accuracyMeters");
    }
    if (in.deviceTime() == null) {
      throw new DomainException("site.checkIn.deviceTime", "deviceTime");
    }
    Instant now = now();
    // a person checks in a few times a day: more than 5 in 10 minutes is a script (each runs the face model)
    if (repository.checkIns(k.department(), k.id(), now.minus(BURST), now.plusSeconds(1)).size() >= 5) {
      throw new RateLimitedException("site.checkIn.tooMany", BURST.toSeconds());
    }
    String hash1 = fingerprints.differenceHash(first, "firstFrame");
    String hash2 = fingerprints.differenceHash(second, "secondFrame");
    LivenessChallenge challenge = repository.take(k.department(), challengeId)
        .filter(c -> c.personId().equals(k.id()) && !now.isAfter(c.expiresAt()))
        .orElseThrow(() -> new StateConflictException("site.challenge.invalid", "challengeId"));
    List<Face> firstFaces = faces.faces(first, 1);
    List<Face> secondFaces = faces.faces(second, 1);
    String id = repository.nextId(k.department(), "DK");
    List<CheckIn.Frame> frames = List.of(store(id, 1, first, hash1), store(id, 2, second, hash2));
    CheckIn previous = repository.latest(k.department(), k.id())
        .filter(c -> c.outcome() != CheckInOutcome.SUSPECTED_SPOOF).orElse(null);
    CheckInRules.Decision decision = rules.decide(
        new CheckInRules.Evidence(now, in.deviceTime(), position, accuracy, frames, List.of(firstFaces, secondFaces)),
        new CheckInRules.Context(p, k, challenge, faces.threshold(), faces::distance, previous,
            repository.fingerprints(k.department(), p.id(), k.id(),
                frames.stream().map(CheckIn.Frame::sha256).toList(), now), WorkingCalendar.ZONE));
    CheckIn c = new CheckIn(k.department(), id, p.id(), k.id(), k.role(), now, in.deviceTime(), position, accuracy,
        challenge.action(), frames, faces.model(), decision.faceDistance(), decision.distanceOutsideMeters(),
        decision.outcome(), decision.findings());
    repository.store(c);
    audit.record(k.department(), now, "site:" + k.id(), "site.CHECK_IN", id, null, null, decision.outcome().name());
    return view(c, k);
  }

  private static byte[] frame(byte[] bytes, String field) {
    if (bytes == null || bytes.length == 0) {
      throw new DomainException("site.photo.missing", field);
    }
    if (bytes.length > MAX_PHOTO_BYTES) {
      throw new DomainException("site.photo.tooLarge", field);
    }
    return bytes;
  }

  private CheckIn.Frame store(String checkInId, int n, byte[] bytes, String differenceHash) {
    EvidenceStore.Stored s = evidence.store("site/" + checkInId + "/" + n, "frame-" + n + ".jpg",
        new ByteArrayInputStream(bytes), MAX_PHOTO_BYTES);
    return new CheckIn.Frame(s.storageId(), s.sha256(), differenceHash);
  }
}
