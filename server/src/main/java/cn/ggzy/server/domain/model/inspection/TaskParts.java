package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/** The value objects of an inspection task. */
public final class TaskParts {
  private TaskParts() {}

  /** Where a task stands. */
  public enum TaskStatus { ASSIGNED, CONCLUDED, PUBLISHED }

  /** The answer to one checklist item. */
  public enum Outcome { PASS, FAIL, NOT_APPLICABLE }

  /** How an inspection ended. */
  public enum ConclusionKind {
    /** 未发现问题. */
    NO_PROBLEM,
    /** 发现问题. */
    PROBLEMS_FOUND
  }

  /** The object as drawn (a copy: later roster changes do not change the task). */
  public record InspectedObject(String code, ObjectKind kind, String name, TenantId department) {}

  /** A member of the team, with the certificate shown on site and in the publication. */
  public record TeamMember(String login, String name, TenantId tenant, String certificateNumber) {}

  /** One item of the plan's checklist and its answer (null until answered). */
  public record ChecklistEntry(String item, Outcome outcome, String note) {}

  /** A photo taken on site, stored as a file with its SHA-256. */
  public record Photo(String fileId, String sha256, String fileName, String contentType, long size, Instant takenAt,
      String takenBy) {}

  /** The place of the inspection as the inspector's phone reported it. */
  public record SiteLocation(GeoPoint point, double accuracyMeters, Instant at, String by) {
    public SiteLocation {
      if (point == null) {
        throw new InspectionException("inspection.task.location.invalid", "latitude");
      }
      if (!(accuracyMeters >= 0) || Double.isInfinite(accuracyMeters)) {
        accuracyMeters = 0;
      }
    }

    /** The phone's report; coordinates out of range are the inspection's error on their field. */
    public static SiteLocation reported(double latitude, double longitude, double accuracyMeters, Instant at,
        String by) {
      try {
        return new SiteLocation(new GeoPoint(latitude, longitude), accuracyMeters, at, by);
      } catch (DomainException e) {
        throw new InspectionException("inspection.task.location.invalid", e.field());
      }
    }

    public double latitude() {
      return point.latitude();
    }

    public double longitude() {
      return point.longitude();
    }
  }

  /** A finding; once filed, the case it became. */
  public record Finding(String text, Instant at, String by, String caseId, String caseNumber) {
    public boolean filed() {
      return caseId != null;
    }
  }

  /** The team's conclusion. */
  public record Conclusion(ConclusionKind kind, String summary, Instant at, String by) {}

  /** The result as published. */
  public record Publication(String text, Instant at, String by) {}
}
