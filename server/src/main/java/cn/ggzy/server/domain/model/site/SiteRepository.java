package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The supervised projects of a department, their key personnel, check-ins and challenges. A check-in
 * is stored once (its id is unique) and never changed.
 */
public interface SiteRepository {
  String nextId(TenantId department, String prefix);

  Optional<SupervisedProject> project(TenantId department, String id);

  /** Stores a project version; refused when another writer stored {@code readVersion + 1} first. */
  void store(SupervisedProject project, long readVersion);

  List<SupervisedProject> projects(TenantId department, int limit);

  Optional<KeyPerson> person(TenantId department, String id);

  void store(KeyPerson person, long readVersion);

  List<KeyPerson> people(TenantId department, String projectId);

  /** The person holding the check-in token whose SHA-256 is given, in any department. */
  Optional<KeyPerson> byTokenHash(String tokenHash);

  /** Every still-active key person of the region declared with this resident ID (挂证 screen). */
  List<KeyPerson> activeByResidentId(RegionCode region, String residentId);

  void issue(LivenessChallenge challenge);

  /** Takes the challenge: present once, then gone (a second take finds nothing). */
  Optional<LivenessChallenge> take(TenantId department, String id);

  void store(CheckIn checkIn);

  /** The person's check-ins from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  List<CheckIn> checkIns(TenantId department, String personId, Instant from, Instant to);

  /** The project's check-ins from {@code from} to {@code to}, oldest first. */
  List<CheckIn> projectCheckIns(TenantId department, String projectId, Instant from, Instant to);

  /** The person's latest check-in, if any. */
  Optional<CheckIn> latest(TenantId department, String personId);

  /**
   * The fingerprints a new check-in's frames are screened against: every earlier frame of the
   * department with one of these SHA-256 (exact re-use), the person's frames of this and the previous
   * calendar month and the project's frames of the day of {@code at} (near-identical re-use).
   */
  List<Fingerprint> fingerprints(TenantId department, String projectId, String personId, List<String> sha256s,
      Instant at);

  /** The department's attendance policy, if it set one. */
  Optional<AttendancePolicy> policy(TenantId department);

  void store(AttendancePolicy policy, long readVersion);

  /** Stores a new warning (false when one of the same person and week exists) or a decided one. */
  boolean store(AbsenceWarning warning, long readVersion);

  Optional<AbsenceWarning> warning(TenantId department, String id);

  /** The department's warnings, newest week first. */
  List<AbsenceWarning> warnings(TenantId department, int limit);

  /** The person's warnings of the weeks from {@code fromMonday} on. */
  List<AbsenceWarning> warningsOf(TenantId department, String personId, LocalDate fromMonday);

  /** Marks the region's week of {@code monday} as judged; false when it was already. */
  boolean markJudged(RegionCode region, LocalDate monday);

  /** A stored frame's hashes and the check-in it came with. */
  record Fingerprint(String checkInId, String sha256, String differenceHash) {}
}
