package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the faces show of random inspections (双随机一公开): rosters, plans, draws, tasks, publication. */
public final class InspectionViews {
  private InspectionViews() {}

  /** A roster entry of an inspection object. */
  public record ObjectView(String tenantId, String code, ObjectKind kind, String name, String supervisingUnit,
      boolean complaints, boolean lowCredit) {}

  /** A roster entry of a certified inspector; {@code certified} tells whether the certificate is valid today. */
  public record InspectorView(String tenantId, String login, String displayName, String certificateNumber,
      LocalDate validUntil, boolean certified, Set<String> relatives, Set<String> formerEmployers) {}

  /** The outcome of a CSV import: how many objects were stored, or the lines refused (then none was). */
  public record ImportReport(int imported, List<ImportError> errors) {}

  /** A refused CSV line: its number (1 = header), the error code and the column. */
  public record ImportError(int line, String code, String column) {}

  /** A plan in a list. */
  public record PlanSummary(String id, String ownerTenant, String title, PlanStatus status, LocalDate periodFrom,
      LocalDate periodTo, Instant createdAt, long version) {}

  /** Everything about a plan for its officers (the secret seed only once revealed). */
  public record PlanDetail(String id, String ownerTenant, String ownerName, String title, PlanStatus status,
      List<String> departments, Set<ObjectKind> objectKinds, Selection selection, LocalDate periodFrom,
      LocalDate periodTo, int complaintWeight, int lowCreditWeight, int teamSize, boolean jointTeams,
      int recusalMonths, List<String> checklist, List<ConflictView> conflicts, Instant createdAt, String createdBy,
      CommitmentView commitment, DrawView draw, List<TaskSummary> tasks, long version) {}

  /** An entry of a plan's conflict list. */
  public record ConflictView(String login, String objectCode, String note) {}

  /** The commitment published before the draw. */
  public record CommitmentView(String documentHash, String seedHash, Instant committedAt, String document,
      int objects, int inspectors) {}

  /** The draw: witness, the witness's value, the revealed seed, the result and its teams. */
  public record DrawView(String witnessName, String witnessValue, Instant drawnAt, String seed, String result,
      List<TeamView> teams) {}

  /** One drawn object and its team, with names. */
  public record TeamView(String objectCode, String objectName, List<MemberView> members) {}

  /** A member of a team as the public sees it: name, department, certificate number. */
  public record MemberView(String name, String department, String certificateNumber) {}

  /** A task in a list. */
  public record TaskSummary(String id, String planId, String planTitle, String objectCode, String objectName,
      ObjectKind objectKind, TaskStatus status, LocalDate drawnOn, List<MemberView> team) {}

  /** A task with everything recorded on site. */
  public record TaskDetail(String id, String ownerTenant, String planId, String planTitle, String objectCode,
      String objectName, ObjectKind objectKind, String objectDepartment, TaskStatus status, LocalDate drawnOn,
      List<MemberView> team, List<ChecklistView> checklist, List<PhotoView> photos, LocationView location,
      Instant onSiteAt, List<FindingView> findings, ConclusionKind conclusion, String conclusionSummary,
      Instant concludedAt, PublicationClock clock, String publicationText, Instant publishedAt, boolean member,
      boolean mayPublish, long version) {}

  /** A checklist item and its answer (null until answered). */
  public record ChecklistView(int index, String item, Outcome outcome, String note) {}

  /** A photo and its SHA-256. */
  public record PhotoView(String fileId, String fileName, String contentType, long size, String sha256,
      Instant takenAt) {}

  /** The recorded place. */
  public record LocationView(double latitude, double longitude, double accuracyMeters, Instant at) {}

  /** A finding and, once registered, its case. */
  public record FindingView(int index, String text, Instant at, String caseId, String caseNumber) {}

  /**
   * The 20-working-day publication clock of a concluded task: the last working day and its end,
   * the working days left (0 when due today or overdue); {@code provisional} with the year whose
   * notice is missing while the count relied on the statutory holidays alone, or only that year
   * when no deadline could be computed.
   */
  public record PublicationClock(Instant concludedAt, LocalDate lastWorkingDay, Instant due, Integer workingDaysLeft,
      boolean overdue, boolean provisional, Integer missingYear) {}

  /** A line of the office's publication clock. */
  public record ClockLine(String taskId, String ownerTenant, String planId, String planTitle, String objectCode,
      String objectName, PublicationClock clock) {}

  /** A photo's content. */
  public record PhotoContent(String fileName, String contentType, byte[] content) {}
}
