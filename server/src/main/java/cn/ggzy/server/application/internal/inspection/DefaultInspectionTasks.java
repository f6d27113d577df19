package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.ChecklistView;
import cn.ggzy.server.application.InspectionViews.ClockLine;
import cn.ggzy.server.application.InspectionViews.FindingView;
import cn.ggzy.server.application.InspectionViews.LocationView;
import cn.ggzy.server.application.InspectionViews.PhotoContent;
import cn.ggzy.server.application.InspectionViews.PhotoView;
import cn.ggzy.server.application.InspectionViews.PublicationClock;
import cn.ggzy.server.application.InspectionViews.TaskDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.inspection.InspectorRoster;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PhotoStore;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.Photo;
import cn.ggzy.server.domain.model.inspection.TaskParts.SiteLocation;
import cn.ggzy.server.domain.model.inspection.TaskState;
import cn.ggzy.server.domain.service.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

@ApplicationScoped
public class DefaultInspectionTasks implements InspectionTasks {
  private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/heic");

  private InspectionTaskRepository tasks;
  private InspectorRoster roster;
  private PhotoStore photos;
  private CaseRegister cases;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private WorkingCalendar calendar;
  private AuditLog audit;
  private InspectionAccess access;
  private Clock clock;

  protected DefaultInspectionTasks() {}

  @Inject
  public DefaultInspectionTasks(InspectionTaskRepository tasks, InspectorRoster roster, PhotoStore photos,
      CaseRegister cases, TenantDirectory directory, OfficeScopes scopes, WorkingCalendar calendar, AuditLog audit,
      Clock clock) {
    this.tasks = tasks;
    this.roster = roster;
    this.photos = photos;
    this.cases = cases;
    this.directory = directory;
    this.scopes = scopes;
    this.calendar = calendar;
    this.audit = audit;
    this.access = new InspectionAccess(directory, scopes);
    this.clock = clock;
  }

  @Override
  public List<TaskSummary> mine(Caller caller) {
    PlanViewMapper mapper = new PlanViewMapper(directory);
    return tasks.assignedTo(caller.tenant(), caller.login().value()).stream().map(mapper::summary).toList();
  }

  @Override
  public TaskDetail find(Caller caller, String taskId) {
    return detail(caller, load(caller, taskId));
  }

  @Override
  public TaskDetail answer(Caller caller, String taskId, int index, Outcome outcome, String note) {
    return record(caller, taskId, "inspection.task.ANSWER", t -> t.answer(caller.login().value(), index, outcome,
        note, clock.instant()));
  }

  @Override
  public TaskDetail addPhoto(Caller caller, String taskId, String fileName, String contentType, byte[] content) {
    InspectionTask task = load(caller, taskId);
    requireInspector(caller, task);
    String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
    if (!PHOTO_TYPES.contains(type)) {
      throw new InspectionException("inspection.task.photo.type", "photo");
    }
    if (content == null || content.length == 0 || content.length > MAX_PHOTO_BYTES) {
      throw new InspectionException("inspection.task.photo.size", "photo");
    }
    String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
    name = name.length() > 100 ? name.substring(name.length() - 100) : name;
    PhotoStore.StoredFile stored = photos.store(task.tenantId(), name, type, content);
    Photo photo = new Photo(stored.fileId(), stored.sha256(), name, type, stored.size(), clock.instant(),
        caller.login().value());
    return record(caller, taskId, "inspection.task.PHOTO", t -> t.addPhoto(caller.login().value(), photo));
  }

  @Override
  public PhotoContent photo(Caller caller, String taskId, String fileId) {
    InspectionTask task = load(caller, taskId);
    Photo photo = task.state().photos().stream().filter(p -> p.fileId().equals(fileId)).findFirst()
        .orElseThrow(() -> new NotFoundException("fileId"));
    byte[] content = photos.read(task.tenantId(), photo.fileId()).orElseThrow(() -> new NotFoundException("fileId"));
    return new PhotoContent(photo.fileName(), photo.contentType(), content);
  }

  @Override
  public TaskDetail locate(Caller caller, String taskId, double latitude, double longitude, double accuracyMeters) {
    SiteLocation point = SiteLocation.reported(latitude, longitude, accuracyMeters, clock.instant(), caller.login().value());
    return record(caller, taskId, "inspection.task.LOCATE", t -> t.locate(caller.login().value(), point));
  }

  @Override
  public TaskDetail addFinding(Caller caller, String taskId, String text) {
    return record(caller, taskId, "inspection.task.FINDING", t -> t.addFinding(caller.login().value(), text,
        clock.instant()));
  }

  @Override
  public TaskDetail fileCases(Caller caller, String taskId) {
    InspectionTask task = load(caller, taskId);
    requireInspector(caller, task);
    List<Integer> open = task.unfiledFindings();
    if (open.isEmpty()) {
      throw new InspectionException("inspection.task.findings.none", "finding");
    }
    TaskDetail detail = null;
    for (int index : open) {
      // each case is recorded on the task as soon as it exists, so a failure later never files twice
      CaseViews.Detail registered = cases.register(caller, newCase(task, task.state().findings().get(index).text()));
      detail = record(caller, taskId, "inspection.task.CASE", t -> t.findingFiled(index, registered.id(),
          registered.number()));
    }
    return detail;
  }

  /** A finding as a case of the random inspection source, routed by the object's department. */
  private static NewCase newCase(InspectionTask task, String finding) {
    InspectedObject o = task.state().object();
    Industry industry = Industry.supervisedBy(o.department());
    String title = "双随机抽查发现问题：" + o.name();
    boolean project = o.kind() == ObjectKind.PROJECT;
    return new NewCase(CaseSource.RANDOM_INSPECTION, industry, title.length() > 200 ? title.substring(0, 200) : title,
        finding, project ? o.code() : null, project ? o.name() : null, project ? null : o.name(),
        "random-inspection:" + task.id(), false);
  }

  @Override
  public TaskDetail conclude(Caller caller, String taskId, ConclusionKind kind, String summary) {
    return record(caller, taskId, "inspection.task.CONCLUDE", t -> t.conclude(caller.login().value(), kind, summary,
        clock.instant()));
  }

  @Override
  public List<ClockLine> publicationClock(Caller caller) {
    List<InspectionTask> waiting;
    if (access.officeManager(caller)) {
      waiting = tasks.awaitingPublication(scopes.open(caller, "inspection.publication-clock"));
    } else if (access.mayManage(caller, caller.tenant())) {
      waiting = tasks.awaitingPublication(caller.tenant());
    } else {
      throw new AccessDeniedException("inspection.publication");
    }
    PublicationClocks clocks = new PublicationClocks(calendar);
    Instant now = clock.instant();
    return waiting.stream().map(t -> new ClockLine(t.id(), t.tenantId().value(), t.state().planId().value(),
        t.state().planTitle(), t.state().object().code(), t.state().object().name(), clocks.of(t, now)))
        .sorted(Comparator.comparing((ClockLine l) -> l.clock().due() == null ? Instant.MAX : l.clock().due())
            .thenComparing(ClockLine::taskId))
        .toList();
  }

  @Override
  public TaskDetail publish(Caller caller, String taskId, String text) {
    InspectionTask task = loadForPublication(caller, taskId);
    task.publish(text, caller.login().value(), clock.instant());
    tasks.store(task.tenantId(), task);
    audit.record(task.tenantId(), clock.instant(), caller.login().value(), "inspection.task.PUBLISH", task.id(), null);
    return detail(caller, loadForPublication(caller, taskId));
  }

  private InspectionTask loadForPublication(Caller caller, String taskId) {
    String id = taskId == null ? "" : taskId.strip();
    Optional<InspectionTask> task = tasks.find(caller.tenant(), id)
        .filter(t -> access.mayManage(caller, t.tenantId()));
    if (task.isEmpty() && access.officeManager(caller)) {
      task = tasks.find(scopes.open(caller, "inspection.publish:" + id), id);
    }
    return task.filter(t -> access.mayManage(caller, t.tenantId()))
        .orElseThrow(() -> new AccessDeniedException("inspection.publication"));
  }

  /** Load, change, store; a change by a team mate meanwhile is re-applied on the fresh task. */
  private TaskDetail record(Caller caller, String taskId, String action, Consumer<InspectionTask> change) {
    for (int attempt = 0; ; attempt++) {
      InspectionTask task = load(caller, taskId);
      requireInspector(caller, task);
      change.accept(task);
      try {
        tasks.store(task.tenantId(), task);
      } catch (ConcurrentChangeException raced) {
        if (attempt < 2) {
          continue;
        }
        throw raced;
      }
      audit.record(task.tenantId(), clock.instant(), caller.login().value(), action, task.id(), null, null,
          "status=" + task.status());
      return detail(caller, load(caller, taskId));
    }
  }

  /** Only certified officers inspect: a team member whose certificate is valid today. */
  private void requireInspector(Caller caller, InspectionTask task) {
    if (!task.isMember(caller.login().value())) {
      throw new AccessDeniedException("inspection.task.notMember", "login");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    boolean certified = roster.find(caller.tenant(), caller.login().value()).map(i -> i.certifiedOn(today))
        .orElse(false);
    if (!certified) {
      throw new AccessDeniedException("inspection.inspector.notCertified", "login");
    }
  }

  private InspectionTask load(Caller caller, String taskId) {
    String id = taskId == null ? "" : taskId.strip();
    return tasks.find(caller.tenant(), id)
        .or(() -> access.officeManager(caller) ? tasks.find(scopes.open(caller, "inspection.task:" + id), id)
            : Optional.empty())
        .orElseThrow(() -> new NotFoundException("taskId"));
  }

  private TaskDetail detail(Caller caller, InspectionTask task) {
    TaskState s = task.state();
    PlanViewMapper mapper = new PlanViewMapper(directory);
    List<ChecklistView> checklist = new ArrayList<>();
    for (int i = 0; i < s.checklist().size(); i++) {
      var c = s.checklist().get(i);
      checklist.add(new ChecklistView(i, c.item(), c.outcome(), c.note()));
    }
    List<FindingView> findings = new ArrayList<>();
    for (int i = 0; i < s.findings().size(); i++) {
      var f = s.findings().get(i);
      findings.add(new FindingView(i, f.text(), f.at(), f.caseId(), f.caseNumber()));
    }
    PublicationClock clockView = new PublicationClocks(calendar).of(task, clock.instant());
    return new TaskDetail(s.id(), s.owner().value(), s.planId().value(), s.planTitle(), s.object().code(),
        s.object().name(), s.object().kind(), mapper.name(s.object().department()), s.status(), s.drawnOn(),
        mapper.members(s.team()), checklist,
        s.photos().stream().map(p -> new PhotoView(p.fileId(), p.fileName(), p.contentType(), p.size(), p.sha256(),
            p.takenAt())).toList(),
        s.location() == null ? null : new LocationView(s.location().latitude(), s.location().longitude(),
            s.location().accuracyMeters(), s.location().at()),
        s.onSiteAt(), findings, s.conclusion() == null ? null : s.conclusion().kind(),
        s.conclusion() == null ? null : s.conclusion().summary(), s.conclusion() == null ? null : s.conclusion().at(),
        clockView, s.publication() == null ? null : s.publication().text(),
        s.publication() == null ? null : s.publication().at(), task.isMember(caller.login().value()),
        access.mayManage(caller, task.tenantId()), task.version());
  }
}
