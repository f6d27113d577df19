package cn.ggzy.server.domain.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.server.domain.model.geography.Geofence;
import cn.ggzy.server.domain.model.site.CheckIn.RuleFinding;
import cn.ggzy.server.domain.model.site.LivenessChallenge.Action;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of a check-in's decision on its own, and the order of the outcomes. */
class CheckInRulesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final TenantId DEPT = TenantId.of("421181-zjj");
  /** A square site of about 111 m × 104 m in 麻城 (0.001° of latitude and longitude). */
  private static final Geofence SITE = new Geofence(List.of(new GeoPoint(31.170, 115.010),
      new GeoPoint(31.170, 115.011), new GeoPoint(31.171, 115.011), new GeoPoint(31.171, 115.010)));
  private static final GeoPoint INSIDE = new GeoPoint(31.1705, 115.0105);
  private static final Instant NOON = LocalDate.of(2026, 12, 14).atTime(12, 0).atZone(ZONE).toInstant();
  private static final float[] ENROLLED = descriptor(0.1f);
  private static final float[] SOMEONE_ELSE = descriptor(0.5f);
  private static final String HASH_A = "0".repeat(64);
  private static final String HASH_B = "f".repeat(64);
  private static final String HASH_C = "0f".repeat(32);

  private final SupervisedProject project = new SupervisedProject(DEPT, "p1", "XM-1", "一标段", "麻城市城投", null,
      "91421181MA4L0X1234", "某建设公司", new BigDecimal("12000000"), LocalDate.of(2026, 1, 1), null, SITE,
      "麻城市龙池桥街道", LocalTime.of(7, 0), LocalTime.of(19, 0), SupervisedProject.State.ACTIVE, NOON, "officer", 1);
  private final KeyPerson person = new KeyPerson(DEPT, "p1", "k1", "PROJECT_MANAGER", "张三", "420000000000000000",
      "鄂142000000000", "13800000000", ENROLLED, "photo", "model", NOON, "officer", "t", null, 1);

  private static float[] descriptor(float value) {
    float[] d = new float[128];
    Arrays.fill(d, value);
    return d;
  }

  /** A face whose nose lies {@code yaw} eye-distances right of the eyes' midpoint, eyes open {@code ear}. */
  static Face face(double yaw, double ear, float[] descriptor, double size) {
    List<Face.Point> p = new ArrayList<>();
    for (int i = 0; i < 68; i++) {
      p.add(new Face.Point(100, 120));
    }
    double h = ear * 15 / 2;
    eye(p, 36, 80, h);
    eye(p, 42, 105, h);
    p.set(30, new Face.Point(100 + yaw * 25, 115));
    return new Face(0.9, new Face.Box(100 - size / 2, 100 - size / 2, size, size), p, descriptor);
  }

  private static void eye(List<Face.Point> p, int from, double x, double h) {
    p.set(from, new Face.Point(x, 100));
    p.set(from + 1, new Face.Point(x + 5, 100 - h));
    p.set(from + 2, new Face.Point(x + 10, 100 - h));
    p.set(from + 3, new Face.Point(x + 15, 100));
    p.set(from + 4, new Face.Point(x + 10, 100 + h));
    p.set(from + 5, new Face.Point(x + 5, 100 + h));
  }

  private static double euclid(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(s);
  }

  private record Case(Instant at, Instant device, GeoPoint position, double accuracy, List<CheckIn.Frame> frames,
      List<List<Face>> faces, Action action, CheckIn previous, List<SiteRepository.Fingerprint> seen) {

    Case with(GeoPoint p, double acc) {
      return new Case(at, device, p, acc, frames, faces, action, previous, seen);
    }

    Case clocks(Instant server, Instant phone) {
      return new Case(server, phone, position, accuracy, frames, faces, action, previous, seen);
    }

    Case frames(String hash1, String hash2, String sha1, String sha2) {
      return new Case(at, device, position, accuracy, List.of(new CheckIn.Frame("e1", sha1, hash1),
          new CheckIn.Frame("e2", sha2, hash2)), faces, action, previous, seen);
    }

    Case faces(List<Face> first, List<Face> second, Action asked) {
      return new Case(at, device, position, accuracy, frames, List.of(first, second), asked, previous, seen);
    }

    Case after(CheckIn before) {
      return new Case(at, device, position, accuracy, frames, faces, action, before, seen);
    }

    Case seen(SiteRepository.Fingerprint... prints) {
      return new Case(at, device, position, accuracy, frames, faces, action, previous, List.of(prints));
    }
  }

  private static Case good() {
    return new Case(NOON, NOON.plusSeconds(20), INSIDE, 8, List.of(new CheckIn.Frame("e1", "sha1", HASH_A),
        new CheckIn.Frame("e2", "sha2", HASH_C)), List.of(List.of(face(0, 0.3, ENROLLED, 100)),
        List.of(face(0.3, 0.3, ENROLLED, 100))), Action.TURN_LEFT, null, List.of());
  }

  private CheckInRules.Decision decide(Case c) {
    LivenessChallenge challenge = new LivenessChallenge(DEPT, "c1", "k1", c.action(), c.at().minusSeconds(30),
        c.at().plusSeconds(150));
    return CheckInRules.DEFAULT.decide(new CheckInRules.Evidence(c.at(), c.device(), c.position(), c.accuracy(),
        c.frames(), c.faces()), new CheckInRules.Context(project, person, challenge, 0.6, CheckInRulesTest::euclid,
        c.previous(), c.seen(), ZONE));
  }

  private static List<String> codes(CheckInRules.Decision d) {
    return d.findings().stream().map(RuleFinding::code).toList();
  }

  private CheckIn earlier(GeoPoint where, Instant at) {
    return new CheckIn(DEPT, "k0", "p1", "k1", "PROJECT_MANAGER", at, at, where, 10, Action.BLINK, List.of(), "m",
        0.2, 0, CheckInOutcome.PRESENT, List.of());
  }

  @Test
  void theEnrolledPersonOnSiteInHoursTurningAsAskedIsPresent() {
    CheckInRules.Decision d = decide(good());
    assertEquals(CheckInOutcome.PRESENT, d.outcome(), d.findings().toString());
    assertEquals(List.of(), d.findings());
    assertEquals(0.0, d.faceDistance(), 1e-6);
    assertEquals(0.0, d.distanceOutsideMeters());
  }

  @Test
  void geofenceInsideOnTheEdgeAndOutsideWithTheDistance() {
    GeoPoint onEdge = new GeoPoint(31.1705, 115.011);
    assertEquals(CheckInOutcome.PRESENT, decide(good().with(onEdge, 5)).outcome());
    // about 48 m east of the east edge: outside with an accuracy of 8 m plus 10 m of tolerance
    GeoPoint east = new GeoPoint(31.1705, 115.0115);
    CheckInRules.Decision out = decide(good().with(east, 8));
    assertEquals(CheckInOutcome.OUTSIDE_SITE, out.outcome());
    assertEquals(List.of("site.finding.outside"), codes(out));
    assertEquals(47.6, out.distanceOutsideMeters(), 1.0);
    // the same position reported with an accuracy of 40 m may be on the site
    assertEquals(CheckInOutcome.PRESENT, decide(good().with(east, 40)).outcome());
    // 15 m out: inside the 10 m tolerance plus 8 m accuracy
    GeoPoint justOut = new GeoPoint(31.1705, 115.011 + 15 / 95_300.0);
    assertEquals(CheckInOutcome.PRESENT, decide(good().with(justOut, 8)).outcome());
    // a position too imprecise to place anyone, even inside
    CheckInRules.Decision vague = decide(good().with(INSIDE, 350));
    assertEquals(CheckInOutcome.OUTSIDE_SITE, vague.outcome());
    assertEquals(List.of("site.finding.imprecise"), codes(vague));
  }

  @Test
  void anAccuracyOfZeroIsASimulatedLocation() {
    CheckInRules.Decision d = decide(good().with(INSIDE, 0));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, d.outcome());
    assertEquals(List.of("site.finding.accuracyZero"), codes(d));
  }

  @Test
  void anImpossibleJourneySinceTheLastCheckInIsASpoofAPlausibleOneIsNot() {
    GeoPoint wuhan = new GeoPoint(30.593, 114.305);
    CheckInRules.Decision fast = decide(good().after(earlier(wuhan, NOON.minusSeconds(600))));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, fast.outcome());
    assertEquals(List.of("site.finding.impossibleSpeed"), codes(fast));
    assertTrue(fast.findings().get(0).detail().contains("k0"));
    assertEquals(CheckInOutcome.PRESENT, decide(good().after(earlier(wuhan, NOON.minusSeconds(3 * 3600)))).outcome());
    // GPS jitter: 600 m in 5 s is not judged
    GeoPoint near = new GeoPoint(31.1705, 115.0105 + 600 / 95_300.0);
    assertEquals(CheckInOutcome.PRESENT, decide(good().after(earlier(near, NOON.minusSeconds(5)))).outcome());
  }

  @Test
  void aDeviceClockFarFromTheServersIsASpoof() {
    CheckInRules.Decision d = decide(good().clocks(NOON, NOON.minusSeconds(601)));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, d.outcome());
    assertEquals(List.of("site.finding.clockSkew"), codes(d));
    assertEquals("-601 s", d.findings().get(0).detail());
    assertEquals(CheckInOutcome.PRESENT, decide(good().clocks(NOON, NOON.plusSeconds(290))).outcome());
  }

  @Test
  void aPhotoSeenBeforeOrNearlySoIsASpoofADifferentOneIsNot() {
    CheckInRules.Decision same = decide(good().seen(new SiteRepository.Fingerprint("old", "sha1", "")));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, same.outcome());
    assertEquals(List.of("site.finding.duplicateImage"), codes(same));
    String nearA = "00f" + "0".repeat(61);
    CheckInRules.Decision near = decide(good().seen(new SiteRepository.Fingerprint("old", "x", nearA)));
    assertEquals(List.of("site.finding.nearDuplicate"), codes(near));
    assertTrue(near.findings().get(0).detail().startsWith("4/256"));
    assertEquals(CheckInOutcome.PRESENT, decide(good().seen(new SiteRepository.Fingerprint("old", "x", HASH_B))).outcome());
    CheckInRules.Decision twice = decide(good().frames(HASH_A, HASH_A, "sha1", "sha1"));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, twice.outcome());
    assertEquals(List.of("site.finding.sameFrames"), codes(twice));
  }

  @Test
  void theChallengeMustBeSeenBetweenTheFrames() {
    Face front = face(0, 0.3, ENROLLED, 100);
    assertEquals(CheckInOutcome.PRESENT, decide(good().faces(List.of(front), List.of(face(-0.3, 0.3, ENROLLED, 100)),
        Action.TURN_RIGHT)).outcome());
    CheckInRules.Decision still = decide(good().faces(List.of(front), List.of(face(0.05, 0.3, ENROLLED, 100)),
        Action.TURN_LEFT));
    assertEquals(CheckInOutcome.LIVENESS_FAILED, still.outcome());
    assertEquals(List.of("site.finding.noTurn"), codes(still));
    assertEquals(CheckInOutcome.LIVENESS_FAILED, decide(good().faces(List.of(front), List.of(face(0.3, 0.3, ENROLLED,
        100)), Action.TURN_RIGHT)).outcome());
    assertEquals(CheckInOutcome.PRESENT, decide(good().faces(List.of(front), List.of(face(0, 0.1, ENROLLED, 100)),
        Action.BLINK)).outcome());
    CheckInRules.Decision open = decide(good().faces(List.of(front), List.of(face(0, 0.28, ENROLLED, 100)),
        Action.BLINK));
    assertEquals(List.of("site.finding.noBlink"), codes(open));
  }

  @Test
  void anotherFaceNoFaceOrASecondPersonIsAMismatch() {
    Face other = face(0, 0.3, SOMEONE_ELSE, 100);
    CheckInRules.Decision d = decide(good().faces(List.of(other), List.of(face(0.3, 0.3, SOMEONE_ELSE, 100)),
        Action.TURN_LEFT));
    assertEquals(CheckInOutcome.FACE_MISMATCH, d.outcome());
    assertEquals(List.of("site.finding.faceMismatch", "site.finding.faceMismatch"), codes(d));
    assertNotNull(d.faceDistance());
    assertTrue(d.faceDistance() > 0.6);
    CheckInRules.Decision none = decide(good().faces(List.of(), List.of(face(0.3, 0.3, ENROLLED, 100)),
        Action.TURN_LEFT));
    assertEquals(CheckInOutcome.FACE_MISMATCH, none.outcome());
    assertEquals(List.of("site.finding.noFace"), codes(none));
    Face front = face(0, 0.3, ENROLLED, 100);
    CheckInRules.Decision two = decide(good().faces(List.of(front, face(0, 0.3, SOMEONE_ELSE, 60)),
        List.of(face(0.3, 0.3, ENROLLED, 100)), Action.TURN_LEFT));
    assertEquals(List.of("site.finding.severalFaces"), codes(two));
    // a small face far behind (a passer-by) is not a second person
    assertEquals(CheckInOutcome.PRESENT, decide(good().faces(List.of(front, face(0, 0.3, SOMEONE_ELSE, 30)),
        List.of(face(0.3, 0.3, ENROLLED, 100)), Action.TURN_LEFT)).outcome());
  }

  @Test
  void outsideWorkingHoursAndTheOrderOfOutcomes() {
    Instant evening = LocalDate.of(2026, 12, 14).atTime(21, 5).atZone(ZONE).toInstant();
    CheckInRules.Decision late = decide(good().clocks(evening, evening));
    assertEquals(CheckInOutcome.OUTSIDE_HOURS, late.outcome());
    assertEquals(List.of("site.finding.outsideHours"), codes(late));
    // outside the site at night with a simulated location: the spoof comes first, every finding is kept
    CheckInRules.Decision all = decide(good().clocks(evening, evening).with(new GeoPoint(31.18, 115.02), 0));
    assertEquals(CheckInOutcome.SUSPECTED_SPOOF, all.outcome());
    assertEquals(List.of("site.finding.accuracyZero", "site.finding.outside", "site.finding.outsideHours"),
        codes(all));
  }
}
