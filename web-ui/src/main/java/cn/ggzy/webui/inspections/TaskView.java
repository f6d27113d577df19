package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.ChecklistView;
import cn.ggzy.server.application.InspectionViews.FindingView;
import cn.ggzy.server.application.InspectionViews.PhotoView;
import cn.ggzy.server.application.InspectionViews.TaskDetail;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One inspection task on the phone: checklist, photos (with SHA-256), place (the browser's
 * geolocation), time, findings that become cases in one action, the conclusion; for the plan's
 * head or the office, the publication clock and the publication.
 */
@Route(value = InspectionNavigation.TASKS + "/:id", layout = MainLayout.class)
@Dependent
public class TaskView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionTasks tasks;
  private final Div body = new Div();
  private String id = "";
  private String title = "";

  @Inject
  public TaskView(InspectionTasks tasks) {
    this.tasks = tasks;
    body.setWidthFull();
    body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    addContent(body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    id = event.getRouteParameters().get("id").orElse("");
    act(() -> tasks.find(CurrentOfficer.require(), id));
  }

  private void act(Supplier<TaskDetail> action) {
    Attempt.of(action, getLocale(), FieldErrors.NONE).ifPresent(this::show);
  }

  private void show(TaskDetail t) {
    body.removeAll();
    title = t.objectName();
    setHeading(t.objectCode() + " " + t.objectName());
    boolean open = t.member() && t.status() == TaskStatus.ASSIGNED;
    body.add(new Facts()
        .line("task-plan", getTranslation("inspections.task.plan"), t.planTitle())
        .line("task-status", getTranslation("inspections.plan.status"), getTranslation("inspections.taskStatus."
            + t.status().name()))
        .line("task-team", getTranslation("inspections.results.team"), t.team().stream()
            .map(m -> m.name() + "（" + m.certificateNumber() + "）").collect(Collectors.joining("、")))
        .line("task-on-site", getTranslation("inspections.task.onSite"), Facts.time(t.onSiteAt(), getLocale()))
        .line("task-location", getTranslation("inspections.task.location"), t.location() == null ? null
            : String.format("%.6f, %.6f (±%.0f m)", t.location().latitude(), t.location().longitude(),
                t.location().accuracyMeters())));
    checklist(t, open);
    photos(t, open);
    findings(t, open);
    conclusion(t, open);
    publication(t);
  }

  private void checklist(TaskDetail t, boolean open) {
    body.add(new H3(getTranslation("inspections.task.checklist")));
    for (ChecklistView c : t.checklist()) {
      RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(c.item());
      outcome.setId("checklist-" + c.index());
      outcome.setItems(Outcome.values());
      outcome.setItemLabelGenerator(o -> getTranslation("inspections.outcome." + o.name()));
      outcome.setValue(c.outcome());
      outcome.setReadOnly(!open);
      TextField note = new TextField();
      note.setId("checklist-note-" + c.index());
      note.setPlaceholder(getTranslation("inspections.task.note"));
      note.setValue(c.note() == null ? "" : c.note());
      note.setReadOnly(!open);
      note.setWidthFull();
      outcome.addValueChangeListener(e -> {
        if (e.isFromClient() && e.getValue() != null) {
          act(() -> tasks.answer(CurrentOfficer.require(), id, c.index(), e.getValue(), note.getValue()));
        }
      });
      note.addValueChangeListener(e -> {
        if (e.isFromClient() && outcome.getValue() != null) {
          act(() -> tasks.answer(CurrentOfficer.require(), id, c.index(), outcome.getValue(), e.getValue()));
        }
      });
      body.add(Facts.card(outcome, note));
    }
  }

  private void photos(TaskDetail t, boolean open) {
    body.add(new H3(getTranslation("inspections.task.photos")));
    for (PhotoView p : t.photos()) {
      Span line = new Span(p.fileName() + " · " + Facts.time(p.takenAt(), getLocale()) + " · SHA-256 " + p.sha256());
      line.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("word-break", "break-all");
      body.add(line);
    }
    if (open) {
      Upload upload = new Upload();
      upload.setId("task-photo-upload");
      upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/heic");
      upload.setMaxFileSize(InspectionTasks.MAX_PHOTO_BYTES);
      upload.setUploadButton(new Button(getTranslation("inspections.task.addPhoto"), VaadinIcon.CAMERA.create()));
      upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> act(() -> tasks.addPhoto(
          CurrentOfficer.require(), id, meta.fileName(), meta.contentType(), bytes))));
      Button locate = new Button(getTranslation("inspections.task.locate"), VaadinIcon.MAP_MARKER.create());
      locate.setId("task-locate");
      locate.addClickListener(e -> Geolocation.request(locate, (lat, lon, acc) -> act(() -> tasks.locate(
          CurrentOfficer.require(), id, lat, lon, acc)), message -> DomainErrors.notify(
              getTranslation("inspections.task.locationFailed", message))));
      body.add(upload, locate);
    }
  }

  private void findings(TaskDetail t, boolean open) {
    body.add(new H3(getTranslation("inspections.task.findings")));
    for (FindingView f : t.findings()) {
      Span text = new Span(f.text());
      Span filed = new Span(f.caseNumber() == null ? getTranslation("inspections.task.notFiled")
          : getTranslation("inspections.task.filed", f.caseNumber()));
      filed.setId("finding-case-" + f.index());
      filed.getStyle().set("font-size", "var(--lumo-font-size-s)");
      body.add(Facts.card(text, new Div(filed)));
    }
    if (t.member()) {
      TextArea finding = new TextArea(getTranslation("inspections.task.newFinding"));
      finding.setId("task-finding");
      finding.setWidthFull();
      Button add = new Button(getTranslation("inspections.task.addFinding"), e -> act(() -> tasks.addFinding(
          CurrentOfficer.require(), id, finding.getValue())));
      add.setId("task-finding-add");
      finding.setVisible(open);
      add.setVisible(open);
      Button file = new Button(getTranslation("inspections.task.fileCases"), VaadinIcon.GAVEL.create(),
          e -> act(() -> tasks.fileCases(CurrentOfficer.require(), id)));
      file.setId("task-file-cases");
      file.setVisible(t.findings().stream().anyMatch(f -> f.caseId() == null));
      body.add(finding, add, file);
    }
  }

  private void conclusion(TaskDetail t, boolean open) {
    body.add(new H3(getTranslation("inspections.task.conclusion")));
    if (t.conclusion() != null) {
      body.add(new Facts()
          .line("task-conclusion", getTranslation("inspections.results.conclusion"),
              getTranslation("inspections.conclusion." + t.conclusion().name()) + "：" + t.conclusionSummary())
          .line("task-concluded-at", getTranslation("inspections.task.concludedAt"), Facts.time(t.concludedAt(), getLocale())));
    } else if (open) {
      RadioButtonGroup<ConclusionKind> kind = new RadioButtonGroup<>(getTranslation("inspections.results.conclusion"));
      kind.setId("task-conclusion-kind");
      kind.setItems(ConclusionKind.values());
      kind.setItemLabelGenerator(k -> getTranslation("inspections.conclusion." + k.name()));
      kind.setValue(t.findings().isEmpty() ? ConclusionKind.NO_PROBLEM : ConclusionKind.PROBLEMS_FOUND);
      TextArea summary = new TextArea(getTranslation("inspections.task.summary"));
      summary.setId("task-conclusion-summary");
      summary.setWidthFull();
      Button conclude = new Button(getTranslation("inspections.task.conclude"), e -> act(() -> tasks.conclude(
          CurrentOfficer.require(), id, kind.getValue(), summary.getValue())));
      conclude.setId("task-conclude");
      conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      body.add(kind, summary, conclude);
    } else {
      body.add(new Span(getTranslation("inspections.task.open")));
    }
  }

  private void publication(TaskDetail t) {
    if (t.clock() == null) {
      return;
    }
    body.add(new H3(getTranslation("inspections.publication.title")));
    if (t.publishedAt() != null) {
      body.add(new Facts().line("task-published", getTranslation("inspections.publication.publishedAt"),
          Facts.time(t.publishedAt(), getLocale())).line("task-publication-text", getTranslation("inspections.results.text"),
          t.publicationText()));
      return;
    }
    body.add(new Span(PublicationClockView.describe(t.clock(), this::getTranslation)));
    if (t.mayPublish()) {
      TextArea text = new TextArea(getTranslation("inspections.publication.text"));
      text.setId("task-publication-text");
      text.setWidthFull();
      text.setValue(getTranslation("inspections.conclusion." + t.conclusion().name()) + "：" + t.conclusionSummary());
      Button publish = new Button(getTranslation("inspections.publication.publish"), e -> act(() -> tasks.publish(
          CurrentOfficer.require(), id, text.getValue())));
      publish.setId("task-publish");
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      body.add(text, publish);
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.title");
  }
}
