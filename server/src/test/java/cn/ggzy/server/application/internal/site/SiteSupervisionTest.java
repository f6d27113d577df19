package cn.ggzy.server.application.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.AbsenceView;
import cn.ggzy.server.application.SiteSupervision.ChallengeView;
import cn.ggzy.server.application.SiteSupervision.CheckInInput;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.Enrolment;
import cn.ggzy.server.application.SiteSupervision.MonthRow;
import cn.ggzy.server.application.SiteSupervision.PersonWeek;
import cn.ggzy.server.application.SiteSupervision.ReplacementInput;
import cn.ggzy.server.application.SiteSupervision.SitePersonInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectView;
import cn.ggzy.server.application.SiteSupervision.SiteVertex;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.application.internal.site.SitePhotos.Portrait;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.model.site.AbsenceWarning;
import cn.ggzy.server.domain.model.site.CheckIn;
import cn.ggzy.server.domain.model.site.CheckIn.RuleFinding;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
import cn.ggzy.server.domain.model.site.LivenessChallenge.Action;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.server.domain.service.FaceRecognition;
import cn.ggzy.server.infrastructure.messaging.ConsoleSiteMessenger;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 标后监管 through the real wiring, with the shipped face model on real photos: a project registered with its
 * site, a project manager enrolled in person, check-ins decided on the server (present; a replayed
 * challenge refused; the same photo again or re-encoded; another face; outside the site; not an image),
 * cross-department reads refused, 挂证 flagged, a replaced manager's link closed; then the attendance of
 * the 国庆 week of 2026 (three working days with the adjusted Saturday) judged into a warning, the next
 * week's absence proposing a case, opened with the winner's poor-performance credit record.
 */
class SiteSupervisionTest {
  private static final AtomicInteger N = new AtomicInteger(810_000);
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final List<SiteVertex> SITE = List.of(new SiteVertex(31.170, 115.010),
      new SiteVertex(31.170, 115.011), new SiteVertex(31.171, 115.011), new SiteVertex(31.171, 115.010));
  private static List<Portrait> portraits;

  private final SiteSupervision sites = TestContainer.get(SiteSupervision.class);
  private final SiteRepository repository = TestContainer.get(SiteRepository.class);
  private final ConsoleSiteMessenger sms = TestContainer.get(ConsoleSiteMessenger.class);
  private final CaseRegister cases = TestContainer.get(CaseRegister.class);
  private final CreditRecords credit = TestContainer.get(CreditRecords.class);

  @BeforeAll
  static void cutPortraits() {
    portraits = SitePhotos.portraits(TestContainer.get(FaceRecognition.class));
    assertTrue(portraits.size() >= 4, "the samples give portraits: " + portraits.size());
    assertTrue(Math.abs(portraits.get(0).yaw()) >= 0.08, "one face is turned enough: " + portraits.get(0).yaw());
  }

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "site" + N.incrementAndGet(), "标后" + N.get(), role);
  }

  /** A valid resident ID (GB 11643 check character) of a person born in 1980. */
  private static String residentId(int n) {
    return CreditFixtures.residentId("42118119800101" + String.format("%03d", n % 1000));
  }

  private SiteProjectView project(Caller officer, String employerPhone) {
    return sites.register(officer, new SiteProjectInput(null, "XM-" + N.incrementAndGet(), "城东道路一标段",
        "麻城市城投公司", employerPhone, CreditFixtures.code(N.incrementAndGet()), "湖北某建设有限公司",
        new BigDecimal("18600000"), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 12, 31), SITE, "麻城市龙池桥街道",
        LocalTime.of(7, 0), LocalTime.of(19, 0)));
  }

  private static SitePersonInput manager(String residentId, String name) {
    return new SitePersonInput("PROJECT_MANAGER", name, residentId, "鄂142" + N.incrementAndGet(), "13871234567");
  }

  /** A challenge asking for a turn (the server picks at random: ask again for a blink). */
  private ChallengeView turn(String token) {
    for (int i = 0; i < 40; i++) {
      ChallengeView c = sites.challenge(token);
      if (c.action() != Action.BLINK) {
        return c;
      }
    }
    throw new AssertionError("no turn in 40 challenges");
  }

  /** The two frames of a turn as asked: the portrait and its mirror image, in the order the turn needs. */
  private static byte[][] turning(Portrait p, Action action) {
    byte[] mirror = SitePhotos.mirrored(p.jpeg());
    boolean leftFirst = (action == Action.TURN_LEFT) == (p.yaw() > 0);
    return leftFirst ? new byte[][] {mirror, p.jpeg()} : new byte[][] {p.jpeg(), mirror};
  }

  private CheckInView checkIn(String token, ChallengeView c, byte[] first, byte[] second, double lat, double lon) {
    return sites.checkIn(token, new CheckInInput(c.id(), first, second, lat, lon, 9.0, TestClock.now()));
  }

  private static List<String> codes(CheckInView v) {
    return v.findings().stream().map(RuleFinding::code).toList();
  }

  @Test
  void aManagerChecksInOnSiteAndEveryAbuseIsCaught() {
    Instant start = TestClock.now();
    try {
      TestClock.set(ZonedDateTime.of(2026, 11, 16, 8, 30, 0, 0, TestClock.ZONE).toInstant());
      Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
      Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
      SiteProjectView p = project(officer, null);
      Portrait face = portraits.get(0);
      String rid = residentId(N.incrementAndGet());
      Enrolment e = sites.enrol(officer, p.id(), manager(rid, "王建国"), face.jpeg());
      assertEquals(rid.substring(0, 3) + "*************" + rid.substring(16), e.person().maskedResidentId());
      ConsoleSiteMessenger.Sent link = sms.sent().get(sms.sent().size() - 1);
      assertEquals("13871234567", link.phone());
      assertTrue(link.link().endsWith("site/" + e.checkInToken()), link.link());
      String token = e.checkInToken();
      assertEquals("王建国", sites.self(token).personName());

      // present: the enrolled face, turning as asked, inside the site
      ChallengeView c = turn(token);
      byte[][] frames = turning(face, c.action());
      CheckInView present = checkIn(token, c, frames[0], frames[1], 31.1705, 115.0105);
      assertEquals(CheckInOutcome.PRESENT, present.outcome(), present.findings().toString());
      assertTrue(present.faceDistance() < 0.5, "face distance " + present.faceDistance());

      // the same challenge again: refused, nothing kept
      StateConflictException replay = assertThrows(StateConflictException.class,
          () -> checkIn(token, c, frames[0], frames[1], 31.1705, 115.0105));
      assertEquals("site.challenge.invalid", replay.code());

      // the same photos with a new challenge: a spoof
      TestClock.set(TestClock.now().plusSeconds(600));
      ChallengeView c2 = turn(token);
      byte[][] again = turning(face, c2.action());
      CheckInView same = checkIn(token, c2, again[0], again[1], 31.1705, 115.0105);
      assertEquals(CheckInOutcome.SUSPECTED_SPOOF, same.outcome());
      assertTrue(codes(same).contains("site.finding.duplicateImage"), same.findings().toString());
      assertTrue(same.findings().stream().anyMatch(f -> f.detail().equals(present.id())));

      // re-encoded at 90 %: nearly the same
      ChallengeView c3 = turn(token);
      byte[][] turned = turning(face, c3.action());
      CheckInView resized = checkIn(token, c3, SitePhotos.rescaled(turned[0], 0.9), SitePhotos.rescaled(turned[1], 0.9),
          31.1705, 115.0105);
      assertEquals(CheckInOutcome.SUSPECTED_SPOOF, resized.outcome());
      assertTrue(codes(resized).contains("site.finding.nearDuplicate"), resized.findings().toString());

      // someone else's face
      Portrait other = portraits.get(portraits.size() - 1);
      ChallengeView c4 = turn(token);
      CheckInView stranger = checkIn(token, c4, other.jpeg(), SitePhotos.mirrored(other.jpeg()), 31.1705, 115.0105);
      assertEquals(CheckInOutcome.FACE_MISMATCH, stranger.outcome(), stranger.findings().toString());
      assertTrue(codes(stranger).contains("site.finding.faceMismatch"));

      // not an image: refused at its field, the challenge still good
      ChallengeView c5 = turn(token);
      DomainException notImage = assertThrows(DomainException.class, () -> checkIn(token, c5,
          "%PDF-1.7 not a photo".getBytes(), frames[1], 31.1705, 115.0105));
      assertEquals("site.photo.notImage", notImage.code());
      assertEquals("firstFrame", notImage.field());
      // outside the site, 200 m east (the photos now re-used, so a spoof too: both findings kept)
      CheckInView outside = checkIn(token, c5, frames[0], frames[1], 31.1705, 115.0131);
      assertTrue(codes(outside).contains("site.finding.outside"), outside.findings().toString());
      assertEquals(200, outside.distanceOutsideMeters(), 5);
      assertEquals(5, sites.checkIns(officer, p.id(), null).size());
      // a sixth within 10 minutes: a script, refused before the face model runs
      ChallengeView c6 = turn(token);
      RateLimitedException many = assertThrows(RateLimitedException.class,
          () -> checkIn(token, c6, frames[0], frames[1], 31.1705, 115.0105));
      assertEquals("site.checkIn.tooMany", many.code());

      // another department sees nothing; the office reads through its scope
      Caller jtj = person(JTJ, Role.DEPARTMENT_HEAD);
      assertThrows(NotFoundException.class, () -> sites.project(jtj, p.id()));
      assertThrows(NotFoundException.class, () -> sites.checkIns(jtj, p.id(), null));
      assertFalse(sites.projects(jtj, null).stream().anyMatch(l -> l.project().id().equals(p.id())));
      assertThrows(NotFoundException.class, () -> sites.enrolledPhoto(jtj, e.person().id()));
      Caller leader = person(OFFICE, Role.OFFICE_LEADER);
      assertEquals(p.id(), sites.project(leader, p.id()).id());
      assertTrue(sites.projects(leader, ZJJ.value()).stream().anyMatch(l -> l.project().id().equals(p.id())
          && l.presentToday() == 1));

      // 挂证: the same man declared on a second project
      SiteProjectView second = project(officer, null);
      Enrolment twice = sites.enrol(officer, second.id(), new SitePersonInput("TECHNICAL_LEAD", "王建国", rid,
          null, "13871234567"), face.jpeg());
      assertEquals(List.of(p.id()), twice.person().otherActiveProjects());
      assertTrue(sites.doubleBooked(officer).stream().anyMatch(d -> d.posts().size() == 2
          && d.maskedResidentId().equals(e.person().maskedResidentId())));

      // 变更: an officer may not approve; the head replaces him, his link stops working
      ReplacementInput r = new ReplacementInput("麻城投函〔2026〕12号", "原项目经理调任其他项目",
          manager(residentId(N.incrementAndGet()), "李卫东"));
      assertThrows(AccessDeniedException.class, () -> sites.replace(officer, e.person().id(), r,
          portraits.get(1).jpeg()));
      Enrolment successor = sites.replace(head, e.person().id(), r, portraits.get(1).jpeg());
      assertNotNull(successor.checkInToken());
      StateConflictException replaced = assertThrows(StateConflictException.class, () -> sites.challenge(token));
      assertEquals("site.person.replaced", replaced.code());
      assertTrue(sites.people(officer, p.id()).stream().anyMatch(v -> v.id().equals(e.person().id()) && !v.active()
          && v.replacedBy().equals(successor.person().id())));
    } finally {
      TestClock.set(start);
    }
  }

  private void presentAt(SiteProjectView p, String personId, LocalDate day, int hour) {
    Instant at = day.atTime(hour, 0).atZone(TestClock.ZONE).toInstant();
    repository.store(new CheckIn(TenantId.of(p.department()), repository.nextId(TenantId.of(p.department()), "DK"),
        p.id(), personId, "PROJECT_MANAGER", at, at, new GeoPoint(31.1705, 115.0105), 8, Action.BLINK, List.of(),
        "test", 0.3, 0, CheckInOutcome.PRESENT, List.of()));
  }

  @Test
  void theNationalDayWeekIsJudgedOnItsThreeWorkingDaysAndRepeatedAbsenceBecomesACase() throws Exception {
    Instant start = TestClock.now();
    try {
      TestClock.set(LocalDate.of(2026, 10, 5), 9);
      Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
      Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
      SiteProjectView p = project(officer, "13900001111");
      Enrolment e = sites.enrol(officer, p.id(), manager(residentId(N.incrementAndGet()), "赵志刚"),
          portraits.get(2).jpeg());
      String id = e.person().id();
      // 国庆 2026: 1–7 Oct off, Saturday 10 Oct a working day; two check-ins six hours apart make a day
      presentAt(p, id, LocalDate.of(2026, 10, 8), 8);
      presentAt(p, id, LocalDate.of(2026, 10, 8), 15);
      presentAt(p, id, LocalDate.of(2026, 10, 9), 8);
      presentAt(p, id, LocalDate.of(2026, 10, 9), 14);
      presentAt(p, id, LocalDate.of(2026, 10, 10), 8);
      PersonWeek week = sites.board(officer, p.id(), LocalDate.of(2026, 10, 7)).get(0);
      assertEquals(List.of(false, false, false, true, true, true, false),
          week.days().stream().map(d -> d.working()).toList());
      assertEquals(List.of(false, false, false, true, true, false, false),
          week.days().stream().map(d -> d.onSite()).toList());
      assertEquals(3, week.week().workingDays());
      assertEquals(3, week.week().required());
      assertEquals(2, week.week().onSiteDays());
      assertFalse(week.week().met());

      TestClock.set(LocalDate.of(2026, 10, 12), 9);
      int before = sms.sent().size();
      assertTrue(sites.judgeWeeks(ZJJ.region()) >= 1);
      assertEquals(0, sites.judgeWeeks(ZJJ.region()), "judged once");
      AbsenceView first = sites.absences(officer, null).stream().filter(a -> a.personId().equals(id)).findFirst()
          .orElseThrow();
      assertEquals(LocalDate.of(2026, 10, 5), first.monday());
      assertEquals(3, first.required());
      assertEquals(2, first.onSiteDays());
      assertFalse(first.caseProposed());
      assertTrue(sms.sent().subList(before, sms.sent().size()).stream().anyMatch(s -> s.kind().equals("ABSENCE")
          && s.phone().equals("13900001111") && s.onSiteDays() == 2));
      assertThrows(DomainException.class, () -> sites.dismissAbsence(officer, first.id(), " ", first.version()));

      // the next week away altogether: a repetition, a case proposed
      TestClock.set(LocalDate.of(2026, 10, 19), 9);
      sites.judgeWeeks(ZJJ.region());
      AbsenceView second = sites.absences(officer, null).stream().filter(a -> a.personId().equals(id)
          && a.monday().equals(LocalDate.of(2026, 10, 12))).findFirst().orElseThrow();
      assertEquals(4, second.required(), "the project manager's rule: 4 of the week's 5 working days");
      assertEquals(0, second.onSiteDays());
      assertTrue(second.caseProposed());
      assertThrows(NotFoundException.class, () -> sites.openAbsenceCase(person(JTJ, Role.DEPARTMENT_HEAD),
          second.id(), second.version()));

      // the month's sheet: October counted from the enrolment on the 5th
      MonthRow october = sites.month(officer, p.id(), YearMonth.of(2026, 10)).rows().stream()
          .filter(r -> r.person().id().equals(id)).findFirst().orElseThrow();
      assertEquals(31, october.days().size());
      assertEquals(18, october.workingDays(), "8, 9, the adjusted 10th and three weeks of five");
      assertEquals(2, october.onSiteDays());
      assertEquals(2, october.weeksShort(), "the weeks ended 11 and 18 October");
      try (PDDocument pdf = Loader.loadPDF(sites.monthPdf(officer, p.id(), YearMonth.of(2026, 10)))) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("标后监管考勤月报（2026年10月）") && text.contains("赵志刚") && text.contains("8到")
            && text.contains("7休") && text.contains("12缺"), text);
      }
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sites.monthWorkbook(officer, p.id(),
          YearMonth.of(2026, 10))))) {
        Row row = book.getSheetAt(0).getRow(3);
        assertEquals("赵志刚", row.getCell(1).getStringCellValue());
        assertEquals("到", row.getCell(1 + 8).getStringCellValue());
        assertEquals(18, (int) row.getCell(2 + 31).getNumericCellValue());
        assertEquals(2, (int) row.getCell(2 + 32).getNumericCellValue());
      }

      AbsenceView opened = sites.openAbsenceCase(officer, second.id(), second.version());
      assertEquals(AbsenceWarning.State.CASE_OPENED.name(), opened.state());
      var c = cases.find(officer, opened.caseId());
      assertEquals(CaseSource.POST_AWARD, c.source());
      assertEquals(p.projectCode(), c.projectCode());
      var record = credit.find(officer, opened.creditRecordId());
      assertEquals(RecordKind.POOR_PERFORMANCE, record.kind());
      assertEquals(p.winnerCode(), record.creditCode());
      assertTrue(record.summary().contains("赵志刚"));
      assertEquals(record.id(), credit.approve(head, record.id(), record.version()).id());
      StateConflictException decided = assertThrows(StateConflictException.class,
          () -> sites.openAbsenceCase(officer, second.id(), opened.version()));
      assertEquals("site.absence.decided", decided.code());

      AbsenceView dismissed = sites.dismissAbsence(officer, first.id(), "经批准请假（附假条）", first.version());
      assertEquals("DISMISSED", dismissed.state());
    } finally {
      TestClock.set(start);
    }
  }
}
