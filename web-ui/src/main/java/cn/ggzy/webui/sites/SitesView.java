package cn.ggzy.webui.sites;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.AbsenceView;
import cn.ggzy.server.application.SiteSupervision.DoubleBooking;
import cn.ggzy.server.application.SiteSupervision.SiteProjectInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectLine;
import cn.ggzy.server.application.SiteSupervision.SiteVertex;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 标后监管 for officers, phone first: the supervised projects with today's attendance, the absence warnings to
 * decide (a case proposed where the absence repeats), the people declared on two active projects (挂证), and
 * the form that registers a project from its award with the site drawn on the map (or typed as vertices).
 */
@StyleSheet("context://styles/sites.css")
@Route(value = "console/sites", layout = MainLayout.class)
@Dependent
public class SitesView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final SiteSupervision sites;
  private final Clock clock;
  private final Div projects = new Div();
  private final Div absences = new Div();
  private final Div doubles = new Div();
  private final ErrorLine error = new ErrorLine("sites-error");
  private Caller caller;

  @Inject
  public SitesView(SiteSupervision sites, Clock clock) {
    this.sites = sites;
    this.clock = clock;
    setHeading(getTranslation("sites.title"));
    addClassName("sites-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (caller == null) {
      AccessControl.permitted(event, Permission.SUPERVISE_SITES).ifPresent(this::build);
    }
  }

  private void build(Caller who) {
    caller = who;
    projects.setId("sites-projects");
    absences.setId("sites-absences");
    doubles.setId("sites-double-booked");
    addContent(new Paragraph(getTranslation("sites.intro")), error, new H3(getTranslation("sites.projects")), projects,
        new H3(getTranslation("sites.absences")), absences, new H3(getTranslation("sites.doubleBooked")), doubles,
        registerForm());
    refresh();
  }

  private void run(Runnable action) {
    error.clear();
    DomainErrors.run(action, this::refused);
  }

  private void refused(DomainException e) {
    error.show(e, getLocale());
  }

  private void refresh() {
    run(() -> {
      showProjects(sites.projects(caller, null));
      showAbsences(sites.absences(caller, null));
      showDoubles(sites.doubleBooked(caller));
    });
  }

  private void showProjects(List<SiteProjectLine> lines) {
    projects.removeAll();
    if (lines.isEmpty()) {
      projects.add(new Paragraph(getTranslation("sites.none")));
    }
    for (SiteProjectLine l : lines) {
      Div card = new Div();
      card.addClassName("site-card");
      Anchor name = new Anchor("console/sites/" + l.project().id(), l.project().sectionName());
      name.addClassName("site-card-name");
      card.add(name, line(l.project().projectCode() + " · " + l.project().departmentName()),
          line(getTranslation("sites.winner") + "：" + l.project().winnerName()),
          line(getTranslation("sites.today", l.presentToday(), l.people(), l.flaggedToday())));
      projects.add(card);
    }
  }

  /** A line of a site card (project, warning, check-in, person). */
  static Div line(String text) {
    Div d = new Div(new Span(text));
    d.addClassName("site-card-line");
    return d;
  }

  private void showAbsences(List<AbsenceView> list) {
    absences.removeAll();
    if (list.isEmpty()) {
      absences.add(new Paragraph(getTranslation("sites.absences.none")));
    }
    for (AbsenceView a : list) {
      Div card = new Div();
      card.addClassName("site-card");
      card.addClassName("site-absence");
      card.add(line(a.sectionName() + " · " + a.roleName() + " " + a.personName()),
          line(getTranslation("sites.absence.week", a.monday().toString(), a.onSiteDays(), a.required(),
              a.workingDays())),
          line(getTranslation("sites.absence.state." + a.state()) + (a.caseProposed() && "OPEN".equals(a.state())
              ? " · " + getTranslation("sites.absence.proposed") : "")
              + (a.caseNumber() == null ? "" : " · " + a.caseNumber())
              + (a.reason() == null ? "" : " · " + a.reason())));
      if ("OPEN".equals(a.state())) {
        TextField reason = new TextField(getTranslation("sites.absence.reason"));
        Button dismiss = new Button(getTranslation("sites.absence.dismiss"), e -> run(() -> {
          sites.dismissAbsence(caller, a.id(), reason.getValue(), a.version());
          refresh();
        }));
        Button open = new Button(getTranslation("sites.absence.openCase"), e -> run(() -> {
          sites.openAbsenceCase(caller, a.id(), a.version());
          refresh();
        }));
        open.addThemeVariants(a.caseProposed() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(reason, dismiss, open);
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        card.add(actions);
      }
      absences.add(card);
    }
  }

  private void showDoubles(List<DoubleBooking> list) {
    doubles.removeAll();
    if (list.isEmpty()) {
      doubles.add(new Paragraph(getTranslation("sites.doubleBooked.none")));
    }
    for (DoubleBooking d : list) {
      Div card = new Div();
      card.addClassName("site-card");
      card.add(line(d.name() + " " + d.maskedResidentId()));
      d.posts().forEach(p -> card.add(line(p.roleName() + " · " + p.projectId())));
      doubles.add(card);
    }
  }

  private Details registerForm() {
    TextField code = new TextField(getTranslation("sites.form.code"));
    TextField section = new TextField(getTranslation("sites.form.section"));
    TextField employer = new TextField(getTranslation("sites.form.employer"));
    TextField employerPhone = new TextField(getTranslation("sites.form.employerPhone"));
    TextField winnerCode = new TextField(getTranslation("sites.form.winnerCode"));
    TextField winnerName = new TextField(getTranslation("sites.form.winnerName"));
    BigDecimalField amount = new BigDecimalField(getTranslation("sites.form.amount"));
    DatePicker start = new DatePicker(getTranslation("sites.form.start"), LocalDate.now(clock.withZone(
        WorkingCalendar.ZONE)));
    DatePicker end = new DatePicker(getTranslation("sites.form.end"));
    TextField address = new TextField(getTranslation("sites.form.address"));
    TimePicker workStart = new TimePicker(getTranslation("sites.form.workStart"), LocalTime.of(7, 0));
    TimePicker workEnd = new TimePicker(getTranslation("sites.form.workEnd"), LocalTime.of(19, 0));
    TextArea vertices = new TextArea(getTranslation("sites.form.vertices"));
    vertices.setHelperText(getTranslation("sites.form.vertices.help"));
    vertices.setId("sites-form-vertices");
    SiteMap map = new SiteMap(true);
    map.setId("sites-form-map");
    map.onDrawn(v -> vertices.setValue(format(v)));
    Button clear = new Button(getTranslation("sites.form.clear"), e -> {
      map.clearDrawing();
      vertices.clear();
    });
    code.setId("sites-form-code");
    section.setId("sites-form-section");
    employer.setId("sites-form-employer");
    employerPhone.setId("sites-form-employer-phone");
    winnerCode.setId("sites-form-winner-code");
    winnerName.setId("sites-form-winner-name");
    amount.setId("sites-form-amount");
    start.setId("sites-form-start");
    end.setId("sites-form-end");
    address.setId("sites-form-address");
    ErrorLine formError = new ErrorLine("sites-form-error");
    Button save = new Button(getTranslation("sites.form.register"), e -> {
      formError.clear();
      DomainErrors.run(() -> {
        var p = sites.register(caller, new SiteProjectInput(null, code.getValue(), section.getValue(),
            employer.getValue(), employerPhone.getValue(), winnerCode.getValue(), winnerName.getValue(),
            amount.getValue(), start.getValue(), end.getValue(), parse(vertices.getValue()), address.getValue(),
            workStart.getValue(), workEnd.getValue()));
        getUI().ifPresent(ui -> ui.navigate("console/sites/" + p.id()));
      }, refusal -> formError.show(refusal, getLocale()));
    });
    save.setId("sites-form-register");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(code, section, employer, employerPhone, winnerCode, winnerName, amount, start, end, address,
        workStart, workEnd, new Paragraph(getTranslation("sites.form.map")), map, clear, vertices, formError, save);
    form.addClassName("site-form");
    Details details = new Details(getTranslation("sites.form.title"), form);
    details.setId("sites-register");
    return details;
  }

  static String format(List<SiteVertex> vertices) {
    StringBuilder s = new StringBuilder();
    for (SiteVertex v : vertices) {
      s.append(String.format(Locale.ROOT, "%.6f,%.6f%n", v.latitude(), v.longitude()));
    }
    return s.toString();
  }

  /** Vertices typed one per line as latitude,longitude; a line that is not is refused at {@code site}. */
  static List<SiteVertex> parse(String text) {
    List<SiteVertex> vertices = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("[,，\\s]+");
      try {
        vertices.add(new SiteVertex(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
      } catch (RuntimeException e) {
        throw new DomainException("site.project.polygon", "site");
      }
    }
    return vertices;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("sites.title") + " · " + getTranslation("app.title");
  }
}
