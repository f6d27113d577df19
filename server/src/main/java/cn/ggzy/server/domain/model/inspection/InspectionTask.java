package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.inspection.TaskParts.ChecklistEntry;
import cn.ggzy.server.domain.model.inspection.TaskParts.Conclusion;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Finding;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.Photo;
import cn.ggzy.server.domain.model.inspection.TaskParts.Publication;
import cn.ggzy.server.domain.model.inspection.TaskParts.SiteLocation;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inspection of one drawn object by its team (检查任务): on site the team answers the
 * checklist, takes photos, records the place and time and notes findings (which become cases);
 * then concludes. The plan's owner publishes the result within 20 working days of the conclusion.
 */
public final class InspectionTask implements TenantOwned {
  public static final int MAX_PHOTOS = 30;
  public static final int MAX_FINDINGS = 20;

  private final TaskState s;

  public InspectionTask(TaskState state) {
    this.s = state;
  }

  public static InspectionTask assign(String id, TenantId owner, PlanId plan, String planTitle, LocalDate drawnOn,
      InspectedObject object, List<TeamMember> team, List<String> checklist) {
    TaskState state = new TaskState();
    state.id = id;
    state.owner = owner;
    state.planId = plan;
    state.planTitle = planTitle;
    state.drawnOn = drawnOn;
    state.object = object;
    state.team = List.copyOf(team);
    state.checklist = new ArrayList<>(checklist.stream().map(i -> new ChecklistEntry(i, null, null)).toList());
    state.status = TaskStatus.ASSIGNED;
    return new InspectionTask(state);
  }

  public void answer(String login, int index, Outcome outcome, String note, Instant at) {
    requireOpenMember(login);
    if (index < 0 || index >= s.checklist.size() || outcome == null) {
      throw new InspectionException("inspection.task.checklist.invalid", "checklist");
    }
    s.checklist.set(index, new ChecklistEntry(s.checklist.get(index).item(), outcome,
        Inputs.optional(note, 500, "note")));
    onSite(at);
  }

  public void addPhoto(String login, Photo photo) {
    requireOpenMember(login);
    if (s.photos.size() >= MAX_PHOTOS) {
      throw new InspectionException("inspection.task.photos.tooMany", "photo");
    }
    s.photos.add(photo);
    onSite(photo.takenAt());
  }

  public void locate(String login, SiteLocation point) {
    requireOpenMember(login);
    s.location = point;
    onSite(point.at());
  }

  public void addFinding(String login, String text, Instant at) {
    requireOpenMember(login);
    if (s.findings.size() >= MAX_FINDINGS) {
      throw new InspectionException("inspection.task.findings.tooMany", "finding");
    }
    s.findings.add(new Finding(Inputs.required(text, 2000, "finding"), at, login, null, null));
    onSite(at);
  }

  /** Findings not yet registered as cases, by index. */
  public List<Integer> unfiledFindings() {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < s.findings.size(); i++) {
      if (!s.findings.get(i).filed()) {
        open.add(i);
      }
    }
    return open;
  }

  public void findingFiled(int index, String caseId, String caseNumber) {
    Finding f = s.findings.get(index);
    s.findings.set(index, new Finding(f.text(), f.at(), f.by(), caseId, caseNumber));
  }

  /** Ends the inspection: every checklist item answered; problems found exactly when there are findings. */
  public void conclude(String login, ConclusionKind kind, String summary, Instant at) {
    requireOpenMember(login);
    if (s.checklist.stream().anyMatch(c -> c.outcome() == null)) {
      throw new InspectionException("inspection.task.checklist.incomplete", "checklist");
    }
    if (kind == null || (kind == ConclusionKind.PROBLEMS_FOUND) != !s.findings.isEmpty()) {
      throw new InspectionException("inspection.task.conclusion.mismatch", "kind");
    }
    s.conclusion = new Conclusion(kind, Inputs.required(summary, 2000, "summary"), at, login);
    s.status = TaskStatus.CONCLUDED;
  }

  /** Publishes the result (by the plan's owner, checked by the caller). */
  public void publish(String text, String by, Instant at) {
    if (s.status != TaskStatus.CONCLUDED) {
      throw new StateConflictException("inspection.task.status.concluded", "status");
    }
    s.publication = new Publication(Inputs.required(text, 2000, "text"), at, by);
    s.status = TaskStatus.PUBLISHED;
  }

  private void requireOpenMember(String login) {
    if (!isMember(login)) {
      throw new AccessDeniedException("inspection.task.notMember", "login");
    }
    if (s.status != TaskStatus.ASSIGNED) {
      throw new StateConflictException("inspection.task.status.assigned", "status");
    }
  }

  private void onSite(Instant at) {
    if (s.onSiteAt == null || at.isBefore(s.onSiteAt)) {
      s.onSiteAt = at;
    }
  }

  public boolean isMember(String login) {
    return s.team.stream().anyMatch(m -> m.login().equals(login));
  }

  /** The tenants that read the task: the owner and the members' departments. */
  public Set<TenantId> readers() {
    Set<TenantId> readers = new LinkedHashSet<>();
    readers.add(s.owner);
    s.team.forEach(m -> readers.add(m.tenant()));
    return readers;
  }

  public TaskState state() {
    return s;
  }

  public String id() {
    return s.id;
  }

  @Override
  public TenantId tenantId() {
    return s.owner;
  }

  public TaskStatus status() {
    return s.status;
  }

  public long version() {
    return s.version;
  }
}
