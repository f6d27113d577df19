package cn.ggzy.webui.warnings;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.RiggingWarnings.Query;
import cn.ggzy.server.application.RiggingWarnings.QueueItem;
import cn.ggzy.server.application.RiggingWarnings.Summary;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.riskmodels.RiskModelNavigation;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 围标串标预警: the warnings of the department (the office: of every department, filterable),
 * highest risk first; a row opens the warning.
 */
@Route(value = "console/warnings", layout = MainLayout.class)
@Dependent
public class WarningsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private static final String ANY = "";
  /** The status choice that lists the open warnings in review order ({@link RiggingWarnings#reviewQueue}). */
  static final String QUEUE = "QUEUE";
  static final int QUEUE_SIZE = 100;
  private final RiggingWarnings warnings;
  private final TenantDirectory directory;
  private final Select<String> status = new Select<>();
  private final IntegerField minimumScore = new IntegerField();
  private final Select<String> department = new Select<>();
  private final Grid<Summary> grid = new Grid<>();
  /** Why each warning of the review queue is offered (UNCERTAIN ones are marked on their card). */
  private final Map<String, String> reasons = new HashMap<>();

  @Inject
  public WarningsView(RiggingWarnings warnings, TenantDirectory directory) {
    this.warnings = warnings;
    this.directory = directory;
    setHeading(getTranslation("warnings.title"));
    status.setId("warnings-status");
    status.setLabel(getTranslation("warnings.field.status"));
    List<String> statuses = new ArrayList<>(List.of(QUEUE, ANY));
    for (WarningStatus s : WarningStatus.values()) {
      statuses.add(s.name());
    }
    status.setItems(statuses);
    status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("warnings.any")
        : QUEUE.equals(s) ? getTranslation("warnings.queue") : getTranslation("warnings.status." + s));
    status.setValue(WarningStatus.OPEN.name());
    minimumScore.setId("warnings-min-score");
    minimumScore.setLabel(getTranslation("warnings.field.minimumScore"));
    minimumScore.setMin(0);
    minimumScore.setMax(100);
    minimumScore.setStepButtonsVisible(true);
    department.setId("warnings-department");
    department.setLabel(getTranslation("warnings.field.department"));
    department.setVisible(false);
    FormLayout filters = new FormLayout(status, minimumScore, department);
    filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
    status.addValueChangeListener(e -> refresh());
    minimumScore.addValueChangeListener(e -> refresh());
    department.addValueChangeListener(e -> refresh());
    grid.setId("warnings-grid");
    grid.addColumn(Summary::score).setHeader(getTranslation("warnings.field.score")).setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::card).setHeader(getTranslation("warnings.field.project")).setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("console/warnings/" + e.getItem().id())));
    addContent(new Paragraph(getTranslation("warnings.intro")), Labels.link(RiskModelNavigation.ROUTE,
        getTranslation("warnings.models"), "warnings-models-link", "service-back"), filters, grid);
  }

  /** Project and section on the first line, art. 40 items and status on the second: readable on a phone. */
  private Div card(Summary s) {
    Div title = new Div(new Span(s.projectName() + " · " + s.sectionCode()
        + (s.sectionName() == null ? "" : " " + s.sectionName())));
    String items = s.article40Items().stream().map(i -> getTranslation("warnings.item", i))
        .collect(Collectors.joining("、"));
    Div facts = new Div(new Span((items.isEmpty() ? "" : getTranslation("warnings.field.items") + " " + items + " · ")
        + getTranslation("warnings.status." + s.status())));
    facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Div card = new Div(title, facts);
    if ("UNCERTAIN".equals(reasons.get(s.id()))) {
      Span why = new Span(getTranslation("warnings.queue.uncertain"));
      why.addClassName("warning-uncertain");
      why.getElement().getThemeList().add("badge contrast");
      card.add(new Div(why));
    }
    return card;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = WarningAccess.reviewer(event);
    if (caller.isEmpty()) {
      return;
    }
    if (caller.get().may(Permission.OFFICE_WORK)) {
      List<String> codes = new ArrayList<>(List.of(ANY));
      var departments = directory.region(caller.get().tenant().region()).map(r -> r.departments())
          .orElse(List.of());
      departments.stream().filter(d -> !d.isOffice()).map(d -> d.id().departmentCode()).forEach(codes::add);
      department.setItems(codes);
      department.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("warnings.any")
          : departments.stream().filter(d -> d.id().departmentCode().equals(c)).findFirst()
              .map(d -> "en".equals(getLocale().getLanguage()) ? d.nameEn() : d.nameZh()).orElse(c));
      department.setValue(ANY);
      department.setVisible(true);
    }
    refresh();
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    Integer min = minimumScore.isInvalid() ? null : minimumScore.getValue();
    String s = status.getValue();
    String d = department.getValue();
    if (QUEUE.equals(s)) {
      // the review order: highest score first, and while a region model is in use one uncertain warning in twenty
      DomainErrors.run(() -> {
        List<QueueItem> queue = warnings.reviewQueue(caller, QUEUE_SIZE);
        reasons.clear();
        queue.forEach(i -> reasons.put(i.warning().id(), i.reason()));
        grid.setItems(queue.stream().map(QueueItem::warning).toList());
      }, getLocale(), FieldErrors.NONE);
      return;
    }
    reasons.clear();
    DomainErrors.run(() -> {
      Query probe = new Query(s == null || s.isEmpty() ? null : WarningStatus.valueOf(s), min,
          d == null || d.isEmpty() ? null : d, 0, 1);
      long total = warnings.list(caller, probe).total();
      grid.setItems(q -> warnings.list(caller, new Query(probe.status(), probe.minimumScore(), probe.department(),
          q.getOffset(), q.getLimit())).items().stream(), q -> (int) total);
    }, getLocale(), (field, message) -> "minimumScore".equals(field) ? FieldErrors.mark(minimumScore, message) : false);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("warnings.title") + " · " + getTranslation("app.title");
  }
}
