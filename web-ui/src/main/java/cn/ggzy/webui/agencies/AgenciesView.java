package cn.ggzy.webui.agencies;

import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.AgencyAssessments.AgencyInput;
import cn.ggzy.server.application.AgencyAssessments.ProjectInput;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.Assessment.IndicatorScore;
import cn.ggzy.server.domain.model.agency.IndicatorSource;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 代理机构考核 for the office, phone first: the period's ranking (computed again on demand while a
 * draft), each agency's card with its points by indicator and the evidence of every deduction, the
 * on-site score, publication with the last day to appeal, an appeal received, its decision, the final
 * result; below, the register where an agency and the projects it ran are entered.
 */
@Route(value = "console/agencies", layout = MainLayout.class)
@Dependent
public class AgenciesView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final AgencyAssessments assessments;
  private final TenantDirectory directory;
  private final Clock clock;
  private final TextField period = new TextField();
  private final Div ranking = new Div();
  private final ErrorLine error = new ErrorLine("agencies-error");
  private Caller caller;

  @Inject
  public AgenciesView(AgencyAssessments assessments, TenantDirectory directory, Clock clock) {
    this.assessments = assessments;
    this.directory = directory;
    this.clock = clock;
    setHeading(getTranslation("agencies.title"));
    addClassName("agencies-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (caller == null) {
      AccessControl.permitted(event, Permission.ASSESS_AGENCIES).ifPresent(this::build);
      // the dispatch dashboard's grade bars open the period they counted
      event.getLocation().getQueryParameters().getSingleParameter("period")
          .filter(p -> caller != null && p.matches("\\d{4}(-Q[1-4])?"))
          .ifPresent(p -> {
            period.setValue(p);
            run(() -> show(assessments.assessments(caller, p)));
          });
    }
  }


  private void build(Caller who) {
    caller = who;
    period.setId("agencies-period");
    period.setLabel(getTranslation("agencies.period"));
    period.setHelperText(getTranslation("agencies.period.help"));
    // the quarter ended by yesterday: the last one whose results can be published
    LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    period.setValue(AgencyAssessments.lastQuarterEndedBy(today.minusDays(1)));
    Button compute = new Button(getTranslation("agencies.compute"), e -> run(() -> show(
        assessments.assess(caller, period.getValue()))));
    compute.setId("agencies-compute");
    compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button list = new Button(getTranslation("agencies.show"), e -> run(() -> show(
        assessments.assessments(caller, period.getValue()))));
    list.setId("agencies-show");
    HorizontalLayout bar = new HorizontalLayout(period, list, compute);
    bar.setWrap(true);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    ranking.setId("agencies-ranking");
    ranking.setWidthFull();
    addContent(new Paragraph(getTranslation("agencies.intro")), bar, error, ranking, register());
    run(() -> show(assessments.assessments(caller, period.getValue())));
  }

  private void run(Runnable action) {
    error.clear();
    DomainErrors.run(action, this::refused);
  }

  private void refused(DomainException e) {
    error.show(e, getLocale());
  }

  private void show(List<Assessment> list) {
    ranking.removeAll();
    if (list.isEmpty()) {
      ranking.add(new Paragraph(getTranslation("agencies.none")));
    }
    int rank = 1;
    for (Assessment a : list) {
      ranking.add(card(rank++, a));
    }
  }

  private void refresh() {
    show(assessments.assessments(caller, period.getValue()));
  }

  private Div card(int rank, Assessment a) {
    Div card = new Div();
    card.setId("agency-" + a.agencyCode());
    card.addClassName("agency-card");
    card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
        "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-s)").set("overflow-wrap", "anywhere");
    Span title = new Span(rank + ". " + a.agencyName());
    title.getStyle().set("font-weight", "600");
    Span grade = new Span(getTranslation("agencies.grade", a.grade(), a.total().toPlainString()));
    grade.addClassName("agency-grade");
    Span state = new Span(getTranslation("agencies.state." + a.state().name()));
    state.addClassNames("status-badge", "agency-state");
    card.add(title, new Paragraph(grade, new Span(" · "), state));
    if (a.appealDue() != null) {
      card.add(new Paragraph(getTranslation("agencies.appealDue", a.publishedOn(), a.appealDue())));
    }
    UnorderedList lines = new UnorderedList();
    for (IndicatorScore l : a.lines()) {
      ListItem item = new ListItem(l.name() + "：" + l.points().toPlainString() + " / " + l.weight()
          + (l.source().counted() ? "（" + getTranslation("agencies.items", l.count()) + "）"
          : l.entered() ? "" : "（" + getTranslation("agencies.notScored") + "）"));
      if (!l.evidence().isEmpty()) {
        UnorderedList evidence = new UnorderedList();
        l.evidence().forEach(x -> evidence.add(new ListItem(x)));
        item.add(evidence);
      }
      lines.add(item);
    }
    Details details = new Details(getTranslation("agencies.points"), lines);
    details.setId("agency-points-" + a.agencyCode());
    card.add(details);
    actions(card, a);
    return card;
  }

  private void actions(Div card, Assessment a) {
    boolean leader = caller.may(Permission.DECIDE_AGENCY_ASSESSMENTS);
    switch (a.state()) {
      case DRAFT -> {
        for (IndicatorScore l : a.lines()) {
          if (l.source() == IndicatorSource.ON_SITE) {
            card.add(scoreForm(a, l));
          }
        }
        if (leader) {
          Button publish = new Button(getTranslation("agencies.publish"), e -> run(() -> {
            assessments.publish(caller, a.id(), a.version());
            refresh();
          }));
          publish.setId("agency-publish-" + a.agencyCode());
          card.add(publish);
        }
      }
      case PUBLISHED -> {
        TextArea text = new TextArea(getTranslation("agencies.appeal"));
        text.setId("agency-appeal-text-" + a.agencyCode());
        text.setWidthFull();
        DatePicker received = new DatePicker(getTranslation("agencies.appeal.received"));
        received.setId("agency-appeal-date-" + a.agencyCode());
        received.setLocale(getLocale());
        received.setValue(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
        Button record = new Button(getTranslation("agencies.appeal.record"), e -> run(() -> {
          assessments.appeal(caller, a.id(), text.getValue(), received.getValue(), a.version());
          refresh();
        }));
        record.setId("agency-appeal-" + a.agencyCode());
        card.add(text, received, record);
        if (leader) {
          Button done = new Button(getTranslation("agencies.final"), e -> run(() -> {
            assessments.makeFinal(caller, a.id(), a.version());
            refresh();
          }));
          done.setId("agency-final-" + a.agencyCode());
          card.add(done);
        }
      }
      case APPEALED -> {
        card.add(new Paragraph(getTranslation("agencies.appeal.text", a.appealReceivedOn(), a.appeal())));
        if (leader) {
          Checkbox upheld = new Checkbox(getTranslation("agencies.decide.upheld"));
          upheld.setId("agency-upheld-" + a.agencyCode());
          IndicatorScore onSite = a.lines().stream().filter(l -> l.source() == IndicatorSource.ON_SITE).findFirst()
              .orElse(null);
          IntegerField score = new IntegerField(getTranslation("agencies.decide.score"));
          score.setId("agency-decide-score-" + a.agencyCode());
          TextArea reason = new TextArea(getTranslation("agencies.decide.reason"));
          reason.setId("agency-decide-reason-" + a.agencyCode());
          reason.setWidthFull();
          Button decide = new Button(getTranslation("agencies.decide"), e -> run(() -> {
            Map<String, Integer> scores = onSite != null && score.getValue() != null
                ? Map.of(onSite.indicator(), score.getValue()) : Map.of();
            assessments.decideAppeal(caller, a.id(), upheld.getValue(), reason.getValue(), scores, a.version());
            refresh();
          }));
          decide.setId("agency-decide-" + a.agencyCode());
          card.add(upheld, score, reason, decide);
        }
      }
      case FINAL -> card.add(new Paragraph(a.appealDecision() == null ? getTranslation("agencies.final.done")
          : getTranslation("agencies.decided", Boolean.TRUE.equals(a.appealUpheld())
              ? getTranslation("agencies.decided.upheld") : getTranslation("agencies.decided.rejected"),
              a.appealDecision())));
      default -> { }
    }
  }

  private Div scoreForm(Assessment a, IndicatorScore l) {
    Div form = new Div();
    IntegerField points = new IntegerField(getTranslation("agencies.score", l.name(), l.weight()));
    points.setId("agency-score-" + a.agencyCode());
    points.setMin(0);
    points.setMax(l.weight());
    if (l.entered()) {
      points.setValue(l.points().intValue());
    }
    TextField note = new TextField(getTranslation("agencies.score.note"));
    note.setId("agency-score-note-" + a.agencyCode());
    note.setWidthFull();
    if (l.note() != null) {
      note.setValue(l.note());
    }
    Button save = new Button(getTranslation("agencies.score.save"), e -> run(() -> {
      assessments.score(caller, a.id(), l.indicator(), points.getValue() == null ? -1 : points.getValue(),
          note.getValue(), a.version());
      refresh();
    }));
    save.setId("agency-score-save-" + a.agencyCode());
    form.add(points, note, save);
    return form;
  }

  private Div register() {
    Div box = new Div();
    box.setId("agencies-register");
    box.add(new H3(getTranslation("agencies.register")));
    TextField code = new TextField(getTranslation("agencies.register.code"));
    code.setId("agency-new-code");
    TextField name = new TextField(getTranslation("agencies.register.name"));
    name.setId("agency-new-name");
    name.setWidthFull();
    Select<Department> department = new Select<>();
    department.setId("agency-new-department");
    department.setLabel(getTranslation("agencies.register.department"));
    List<Department> departments = directory.region(caller.tenant().region()).map(r -> r.departments())
        .orElse(List.of()).stream().filter(d -> !d.isOffice()).toList();
    department.setItems(departments);
    department.setItemLabelGenerator(d -> d.name(getLocale()));
    if (!departments.isEmpty()) {
      department.setValue(departments.get(0));
    }
    TextArea projects = new TextArea(getTranslation("agencies.register.projects"));
    projects.setId("agency-new-projects");
    projects.setHelperText(getTranslation("agencies.register.projects.help"));
    projects.setWidthFull();
    Paragraph done = new Paragraph();
    done.setId("agency-new-done");
    done.getElement().setAttribute("role", "status");
    Button save = new Button(getTranslation("agencies.register.save"), e -> DomainErrors.run(() -> {
      List<ProjectInput> list = new ArrayList<>();
      for (String row : projects.getValue().split("\\R")) {
        String[] parts = row.strip().split("[\\s,，]+", 2);
        if (!parts[0].isEmpty()) {
          list.add(new ProjectInput(parts[0], parts.length > 1 ? parts[1] : null,
              department.getValue() == null ? "" : department.getValue().id().value()));
        }
      }
      Agency a = assessments.keep(caller, new AgencyInput(code.getValue(), name.getValue(), null, List.of(), List.of(),
          list), 0);
      done.setText(getTranslation("agencies.register.done", a.name(), a.projects().size()));
      code.clear();
      name.clear();
      projects.clear();
    }, ex -> {
      String message = Messages.text(ex.code(), getLocale());
      if ("creditCode".equals(ex.field())) {
        code.setInvalid(true);
        code.setErrorMessage(message);
      } else if ("name".equals(ex.field())) {
        name.setInvalid(true);
        name.setErrorMessage(message);
      } else if (ex.field() != null && ex.field().startsWith("projects")) {
        projects.setInvalid(true);
        projects.setErrorMessage(message);
      } else {
        refused(ex);
      }
    }));
    save.setId("agency-new-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    box.add(code, name, department, projects, save, done);
    return box;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("agencies.title") + " · " + getTranslation("app.title");
  }
}
