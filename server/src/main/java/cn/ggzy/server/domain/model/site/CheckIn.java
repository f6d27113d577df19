package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A check-in (打卡) as received and decided, with its evidence: the server's and the device's time,
 * the reported position and accuracy, the challenge asked, the two frames (evidence ids, SHA-256 and
 * difference hashes), the face model and distance, the distance outside the site, and every finding of
 * the rules, whatever the outcome.
 */
public record CheckIn(TenantId department, String id, String projectId, String personId, String role,
    Instant at, Instant deviceTime, GeoPoint position, double accuracyMeters, LivenessChallenge.Action challenge,
    List<Frame> frames, String faceModel, Double faceDistance, double distanceOutsideMeters, CheckInOutcome outcome,
    List<RuleFinding> findings) {

  public CheckIn {
    frames = List.copyOf(frames);
    findings = List.copyOf(findings);
  }

  /** One frame of the live photo: stored evidence, its SHA-256 and its 256-bit difference hash (hex). */
  public record Frame(String evidenceId, String sha256, String differenceHash) {}

  /** A rule's finding: a stable code (message key) and its figures or the check-in it points at. */
  public record RuleFinding(String code, String detail) {}
}
