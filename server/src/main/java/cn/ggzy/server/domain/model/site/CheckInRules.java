package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.server.domain.model.site.CheckIn.RuleFinding;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides a check-in from its evidence. Every rule runs and leaves its finding; the outcome is the most
 * serious one: a suspected spoof (a photo seen before or nearly so, accuracy 0, a journey faster than
 * {@code maxSpeedKmh}, a device clock off by more than {@code maxClockSkew}), then a failed liveness
 * challenge, then a face that is not the enrolled person's, then a position outside the site, then a
 * time outside working hours.
 *
 * @param toleranceMeters how far outside the polygon a position may lie beyond its reported accuracy
 * @param maxAccuracyMeters a position reported less precisely cannot place the person on the site
 * @param maxSpeedKmh the fastest credible journey between two check-ins
 * @param minJourneyMeters journeys shorter than this are never judged for speed (GPS jitter)
 * @param maxClockSkew how far the device's clock may be from the server's
 * @param nearDuplicateBits a frame within this many bits (of 256) of an earlier frame is near-identical
 * @param minTurn the change of the head's yaw (nose offset over the distance between the eyes) a turn needs
 * @param maxBlinkRatio the second frame's eye opening over the first's at most, for a blink
 */
public record CheckInRules(double toleranceMeters, double maxAccuracyMeters, double maxSpeedKmh,
    double minJourneyMeters, Duration maxClockSkew, int nearDuplicateBits, double minTurn, double maxBlinkRatio) {

  /** The platform's defaults: 10 m, 100 m, 150 km/h over 2 km, 5 minutes, 12 of 256 bits, 0.12, 0.75. */
  public static final CheckInRules DEFAULT = new CheckInRules(10, 100, 150, 2_000, Duration.ofMinutes(5), 12, 0.12,
      0.75);

  /** A face is asked to be the only one: another of at least this share of its box's area is a second person. */
  static final double SECOND_FACE_SHARE = 0.25;

  /** What the phone sent, with the frames read. */
  public record Evidence(Instant serverTime, Instant deviceTime, GeoPoint position, double accuracyMeters,
      List<CheckIn.Frame> frames, List<List<Face>> faces) {
    public Evidence {
      frames = List.copyOf(frames);
      faces = List.copyOf(faces);
    }
  }

  /** What the server knew: the site, the enrolled face, the challenge, the person's last check-in, frames seen. */
  public record Context(SupervisedProject project, KeyPerson person, LivenessChallenge challenge, double faceThreshold,
      FaceDistance distance, CheckIn previous, List<SiteRepository.Fingerprint> seen, ZoneId zone) {
    public Context {
      seen = List.copyOf(seen);
    }
  }

  /** The face model's distance between two descriptors. */
  @FunctionalInterface
  public interface FaceDistance {
    double between(float[] a, float[] b);
  }

  /** The outcome, the findings, the face distance (the worse frame; null without a face) and the distance outside. */
  public record Decision(CheckInOutcome outcome, List<RuleFinding> findings, Double faceDistance, double distanceOutsideMeters) {
    public Decision {
      findings = List.copyOf(findings);
    }
  }

  public Decision decide(Evidence e, Context c) {
    List<RuleFinding> spoof = new ArrayList<>();
    List<RuleFinding> liveness = new ArrayList<>();
    List<RuleFinding> face = new ArrayList<>();
    List<RuleFinding> place = new ArrayList<>();
    List<RuleFinding> time = new ArrayList<>();

    screenReuse(e, c, spoof);
    if (e.accuracyMeters() <= 0) {
      spoof.add(new RuleFinding("site.finding.accuracyZero", fmt(e.accuracyMeters()) + " m"));
    }
    if (c.previous() != null) {
      double meters = c.previous().position().distanceMeters(e.position());
      double seconds = Math.max(1, Duration.between(c.previous().at(), e.serverTime()).toSeconds());
      double kmh = meters / seconds * 3.6;
      if (meters >= minJourneyMeters && kmh > maxSpeedKmh) {
        spoof.add(new RuleFinding("site.finding.impossibleSpeed", fmt(kmh) + " km/h, " + fmt(meters) + " m in "
            + (long) seconds + " s since " + c.previous().id()));
      }
    }
    long skew = Duration.between(e.serverTime(), e.deviceTime()).toSeconds();
    if (Math.abs(skew) > maxClockSkew.toSeconds()) {
      spoof.add(new RuleFinding("site.finding.clockSkew", (skew > 0 ? "+" : "") + skew + " s"));
    }

    Double faceDistance = judgeFaces(e, c, face);
    if (face.isEmpty()) {
      judgeLiveness(e, c, liveness);
    }

    double outside = c.project().site().distanceOutsideMeters(e.position());
    if (e.accuracyMeters() > maxAccuracyMeters) {
      place.add(new RuleFinding("site.finding.imprecise", fmt(e.accuracyMeters()) + " m"));
    } else if (!c.project().site().admits(e.position(), e.accuracyMeters(), toleranceMeters)) {
      place.add(new RuleFinding("site.finding.outside", fmt(outside) + " m"));
    }
    var local = e.serverTime().atZone(c.zone()).toLocalTime();
    if (!c.project().withinHours(local)) {
      time.add(new RuleFinding("site.finding.outsideHours", local.withNano(0) + " ∉ " + c.project().workStart() + "–"
          + c.project().workEnd()));
    }

    CheckInOutcome outcome = !spoof.isEmpty() ? CheckInOutcome.SUSPECTED_SPOOF : !liveness.isEmpty() ? CheckInOutcome.LIVENESS_FAILED
        : !face.isEmpty() ? CheckInOutcome.FACE_MISMATCH : !place.isEmpty() ? CheckInOutcome.OUTSIDE_SITE
        : !time.isEmpty() ? CheckInOutcome.OUTSIDE_HOURS : CheckInOutcome.PRESENT;
    List<RuleFinding> all = new ArrayList<>();
    all.addAll(spoof);
    all.addAll(liveness);
    all.addAll(face);
    all.addAll(place);
    all.addAll(time);
    return new Decision(outcome, all, faceDistance, outside);
  }

  private void screenReuse(Evidence e, Context c, List<RuleFinding> spoof) {
    if (e.frames().size() == 2 && e.frames().get(0).sha256().equals(e.frames().get(1).sha256())) {
      spoof.add(new RuleFinding("site.finding.sameFrames", e.frames().get(0).sha256().substring(0, Math.min(12, e.frames().get(0).sha256().length()))));
    }
    for (CheckIn.Frame f : e.frames()) {
      for (SiteRepository.Fingerprint s : c.seen()) {
        if (s.sha256().equals(f.sha256())) {
          spoof.add(new RuleFinding("site.finding.duplicateImage", s.checkInId()));
          return;
        }
        int bits = hammingHex(s.differenceHash(), f.differenceHash());
        if (bits <= nearDuplicateBits) {
          spoof.add(new RuleFinding("site.finding.nearDuplicate", bits + "/256 bits, " + s.checkInId()));
          return;
        }
      }
    }
  }

  private static Double judgeFaces(Evidence e, Context c, List<RuleFinding> face) {
    float[] enrolled = c.person().face();
    double worst = -1;
    for (int i = 0; i < e.faces().size(); i++) {
      List<Face> found = e.faces().get(i);
      if (found.isEmpty()) {
        face.add(new RuleFinding("site.finding.noFace", "frame " + (i + 1)));
        continue;
      }
      Face main = found.get(0);
      double area = main.box().width() * main.box().height();
      if (found.stream().skip(1).anyMatch(f -> f.box().width() * f.box().height() >= SECOND_FACE_SHARE * area)) {
        face.add(new RuleFinding("site.finding.severalFaces", "frame " + (i + 1) + ": " + found.size()));
      }
      double d = c.distance().between(enrolled, main.descriptor());
      worst = Math.max(worst, d);
      if (d > c.faceThreshold()) {
        face.add(new RuleFinding("site.finding.faceMismatch", "frame " + (i + 1) + ": " + fmt3(d) + " > "
            + fmt3(c.faceThreshold())));
      }
    }
    return worst < 0 ? null : worst;
  }

  private void judgeLiveness(Evidence e, Context c, List<RuleFinding> liveness) {
    if (e.faces().size() < 2) {
      liveness.add(new RuleFinding("site.finding.oneFrame", ""));
      return;
    }
    Face first = e.faces().get(0).get(0);
    Face second = e.faces().get(1).get(0);
    switch (c.challenge().action()) {
      case TURN_LEFT, TURN_RIGHT -> {
        double turn = second.yawRatio() - first.yawRatio();
        double asked = c.challenge().action() == LivenessChallenge.Action.TURN_LEFT ? turn : -turn;
        if (!(asked >= minTurn)) { // NaN (no landmarks) fails too
          liveness.add(new RuleFinding("site.finding.noTurn", c.challenge().action() + ": " + fmt3(asked) + " < "
              + fmt3(minTurn)));
        }
      }
      case BLINK -> {
        double open = first.eyeAspectRatio();
        double closed = second.eyeAspectRatio();
        double ratio = open > 0 ? closed / open : Double.NaN;
        if (!(ratio <= maxBlinkRatio)) { // NaN (no landmarks, no open eyes first) fails too
          liveness.add(new RuleFinding("site.finding.noBlink", fmt3(ratio) + " > " + fmt3(maxBlinkRatio)));
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /** The number of differing bits of two equal-length hex strings (a different length differs everywhere). */
  public static int hammingHex(String a, String b) {
    if (a == null || b == null || a.length() != b.length()) {
      return Integer.MAX_VALUE;
    }
    int bits = 0;
    for (int i = 0; i < a.length(); i++) {
      bits += Integer.bitCount(Character.digit(a.charAt(i), 16) ^ Character.digit(b.charAt(i), 16));
    }
    return bits;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String fmt3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
