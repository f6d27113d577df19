package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.inspection.TaskParts.ChecklistEntry;
import cn.ggzy.server.domain.model.inspection.TaskParts.Conclusion;
import cn.ggzy.server.domain.model.inspection.TaskParts.Finding;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.Photo;
import cn.ggzy.server.domain.model.inspection.TaskParts.Publication;
import cn.ggzy.server.domain.model.inspection.TaskParts.SiteLocation;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of an {@link InspectionTask}, readable by everyone and changed only by the task's
 * methods (and by persistence when it loads a task).
 */
public final class TaskState {
  String id;
  TenantId owner;
  PlanId planId;
  String planTitle;
  LocalDate drawnOn;
  InspectedObject object;
  List<TeamMember> team = List.of();
  List<ChecklistEntry> checklist = new ArrayList<>();
  List<Photo> photos = new ArrayList<>();
  SiteLocation location;
  Instant onSiteAt;
  List<Finding> findings = new ArrayList<>();
  TaskStatus status;
  Conclusion conclusion;
  Publication publication;
  long version;

  /** A stored task as persistence read it. */
  public static InspectionTask restore(String id, TenantId owner, PlanId planId, String planTitle, LocalDate drawnOn,
      InspectedObject object, List<TeamMember> team, List<ChecklistEntry> checklist, List<Photo> photos,
      SiteLocation location, Instant onSiteAt, List<Finding> findings, TaskStatus status, Conclusion conclusion,
      Publication publication, long version) {
    TaskState s = new TaskState();
    s.id = id;
    s.owner = owner;
    s.planId = planId;
    s.planTitle = planTitle;
    s.drawnOn = drawnOn;
    s.object = object;
    s.team = List.copyOf(team);
    s.checklist = new ArrayList<>(checklist);
    s.photos = new ArrayList<>(photos);
    s.location = location;
    s.onSiteAt = onSiteAt;
    s.findings = new ArrayList<>(findings);
    s.status = status;
    s.conclusion = conclusion;
    s.publication = publication;
    s.version = version;
    return new InspectionTask(s);
  }

  public String id() {
    return id;
  }

  public TenantId owner() {
    return owner;
  }

  public PlanId planId() {
    return planId;
  }

  public String planTitle() {
    return planTitle;
  }

  public LocalDate drawnOn() {
    return drawnOn;
  }

  public InspectedObject object() {
    return object;
  }

  public List<TeamMember> team() {
    return team;
  }

  public List<ChecklistEntry> checklist() {
    return List.copyOf(checklist);
  }

  public List<Photo> photos() {
    return List.copyOf(photos);
  }

  public SiteLocation location() {
    return location;
  }

  public Instant onSiteAt() {
    return onSiteAt;
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public TaskStatus status() {
    return status;
  }

  public Conclusion conclusion() {
    return conclusion;
  }

  public Publication publication() {
    return publication;
  }

  public long version() {
    return version;
  }
}
