package cn.ggzy.webui.sites;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.Enrolment;
import cn.ggzy.server.application.SiteSupervision.PersonWeek;
import cn.ggzy.server.application.SiteSupervision.SitePersonInput;
import cn.ggzy.server.application.SiteSupervision.SitePersonView;
import cn.ggzy.server.application.SiteSupervision.SiteProjectView;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
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
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One supervised project: the map of the site with the day's check-ins on it (coloured by outcome), the
 * check-ins with their findings, the week's attendance board on the working-day calendar, the key personnel
 * (identity masked; a new check-in link; 挂证 flags), and the in-person enrolment with the face photo.
 */
@StyleSheet("context://styles/sites.css")
@Route(value = "console/sites/:id", layout = MainLayout.class)
@Dependent
public class SiteProjectPage extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final Map<CheckInOutcome, String> COLOURS = Map.of(CheckInOutcome.PRESENT, "#2e7d32",
      CheckInOutcome.OUTSIDE_SITE, "#ef6c00", CheckInOutcome.OUTSIDE_HOURS, "#f9a825",
      CheckInOutcome.FACE_MISMATCH, "#c62828", CheckInOutcome.LIVENESS_FAILED, "#ad1457",
      CheckInOutcome.SUSPECTED_SPOOF, "#4a148c");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(WorkingCalendar.ZONE);
  private final SiteSupervision sites;
  private final SiteRecords records;
  private final Clock clock;
  private final SiteMap map = new SiteMap(false);
  private final DatePicker day = new DatePicker();
  private final Div checkIns = new Div();
  private final Div board = new Div();
  private final Div people = new Div();
  private final Div link = new Div();
  private final ErrorLine error = new ErrorLine("site-error");
  private Caller caller;
  private SiteProjectView project;
  private byte[] photo;
  private boolean built;

  @Inject
  public SiteProjectPage(SiteSupervision sites, SiteRecords records, Clock clock) {
    this.sites = sites;
    this.records = records;
    this.clock = clock;
    addClassName("site-project-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    AccessControl.permitted(event, Permission.SUPERVISE_SITES).ifPresent(who -> {
      caller = who;
      Optional<SiteProjectView> found = DomainErrors.orElse(() -> Optional.of(sites.project(who, id)),
          e -> Optional.empty());
      if (found.isEmpty()) {
        event.rerouteToError(NotFoundException.class);
        return;
      }
      project = found.get();
      build();
    });
  }

  private void build() {
    if (built) {
      refresh();
      return;
    }
    built = true;
    setHeading(project.sectionName());
    map.setId("site-map");
    day.setId("site-day");
    day.setLabel(getTranslation("site.day"));
    day.setValue(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
    day.addValueChangeListener(e -> refresh());
    checkIns.setId("site-checkins");
    board.setId("site-board");
    people.setId("site-people");
    link.setId("site-link");
    addContent(new Paragraph(project.projectCode() + " · " + project.employer() + " · "
        + getTranslation("sites.winner") + "：" + project.winnerName() + " · " + project.address() + " · "
        + getTranslation("site.hours", project.workStart().toString(), project.workEnd().toString())),
        error, map, day, new H3(getTranslation("site.checkIns")), checkIns, new H3(getTranslation("site.board")),
        board, sheets(), new H3(getTranslation("site.people")), link, people, enrolForm(),
        new H3(getTranslation("site.records")), new SiteRecordsPanel(records, caller, project.id()));
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
      List<CheckInView> list = sites.checkIns(caller, project.id(), day.getValue());
      map.show(project.site(), list.stream().map(c -> new SiteMap.Mark(c.latitude(), c.longitude(),
          COLOURS.get(c.outcome()), TIME.format(c.at()) + " " + c.personName() + " "
              + Messages.text("site.outcome." + c.outcome(), getLocale()), c.outcome().name())).toList());
      showCheckIns(list);
      showBoard(sites.board(caller, project.id(), day.getValue()));
      showPeople(sites.people(caller, project.id()));
    });
  }

  private void showCheckIns(List<CheckInView> list) {
    checkIns.removeAll();
    if (list.isEmpty()) {
      checkIns.add(new Paragraph(getTranslation("site.checkIns.none")));
    }
    for (CheckInView c : list) {
      Div card = new Div();
      card.addClassName("site-card");
      card.addClassName("site-checkin");
      Span outcome = new Span(Messages.text("site.outcome." + c.outcome(), getLocale()));
      outcome.addClassName("site-outcome");
      outcome.getStyle().set("color", COLOURS.get(c.outcome()));
      card.add(new Div(new Span(TIME.format(c.at()) + " " + c.personName() + " · "), outcome));
      c.findings().forEach(f -> card.add(line("· " + Messages.text(f.code(), getLocale())
          + (f.detail() == null || f.detail().isBlank() ? "" : "（" + f.detail() + "）"))));
      card.add(line(getTranslation("site.checkIn.numbers", String.format("%.0f", c.accuracyMeters()),
          String.format("%.0f", c.distanceOutsideMeters()), c.faceDistance() == null ? "—"
              : String.format("%.3f", c.faceDistance()))));
      checkIns.add(card);
    }
  }

  private static Div line(String text) {
    return SitesView.line(text);
  }

  private void showBoard(List<PersonWeek> weeks) {
    board.removeAll();
    for (PersonWeek w : weeks) {
      Div row = new Div();
      row.addClassName("site-card");
      row.addClassName("site-board-row");
      row.add(line(w.person().roleName() + " " + w.person().name() + " · " + getTranslation("site.board.rule",
          w.rule().daysPerWeek(), w.rule().checkInsPerDay(), w.rule().hoursApart())));
      Div days = new Div();
      days.addClassName("site-board-days");
      w.days().forEach(d -> {
        Span s = new Span(d.day().getDayOfMonth() + (d.onSite() ? "✓" : d.working() ? "✗" : "·"));
        s.addClassName(d.onSite() ? "on-site" : d.working() ? "absent" : "off");
        s.getElement().setAttribute("title", d.day() + " " + getTranslation(d.onSite() ? "site.board.onSite"
            : d.working() ? "site.board.absent" : "site.board.off") + " " + d.present());
        days.add(s);
      });
      row.add(days, line(getTranslation("site.board.week", w.week().onSiteDays(), w.week().required(),
          w.week().workingDays()) + (w.week().met() ? "" : " · " + getTranslation("site.board.short"))));
      board.add(row);
    }
  }

  /** The monthly attendance sheets of the month of the chosen day, this month's and last month's. */
  private Div sheets() {
    Div links = new Div();
    links.setId("site-sheets");
    links.addClassName("site-card-line");
    YearMonth month = YearMonth.from(day.getValue());
    for (YearMonth m : List.of(month, month.minusMonths(1))) {
      links.add(new Span(getTranslation("site.sheet", m.toString()) + " "), sheet(m, "pdf", "PDF"), new Span(" · "),
          sheet(m, "xlsx", "Excel"), new Span("　"));
    }
    return links;
  }

  private Anchor sheet(YearMonth month, String format, String text) {
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      boolean pdf = "pdf".equals(format);
      byte[] bytes = pdf ? sites.monthPdf(caller, project.id(), month) : sites.monthWorkbook(caller, project.id(), month);
      return new DownloadResponse(new ByteArrayInputStream(bytes), "考勤月报-" + project.projectCode() + "-" + month + "."
          + format, pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          bytes.length);
    }, (DomainException e) -> DownloadResponse.error(404, Messages.chinese(e.code()))));
    Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, text);
    a.setId("site-sheet-" + month + "-" + format);
    a.getElement().setAttribute("aria-label", getTranslation("site.sheet", month.toString()) + " " + text);
    return a;
  }

  private void showPeople(List<SitePersonView> list) {
    people.removeAll();
    for (SitePersonView p : list) {
      Div card = new Div();
      card.addClassName("site-card");
      card.addClassName("site-person");
      card.add(line(p.roleName() + " " + p.name() + (p.active() ? "" : " · " + getTranslation("site.person.replaced"))),
          line(p.maskedResidentId() + " · " + p.maskedPhone() + (p.certificate() == null ? "" : " · "
              + p.certificate())));
      if (!p.otherActiveProjects().isEmpty()) {
        Div flag = line(getTranslation("site.person.doubleBooked", String.join("、", p.otherActiveProjects())));
        flag.addClassName("site-flag");
        card.add(flag);
      }
      if (p.active()) {
        Button newLink = new Button(getTranslation("site.person.newLink"), e -> run(() -> showLink(
            sites.newLink(caller, p.id()))));
        newLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(newLink);
      }
      people.add(card);
    }
  }

  private void showLink(Enrolment e) {
    link.removeAll();
    Paragraph p = new Paragraph(getTranslation("site.link.shown", e.person().name()));
    Anchor open = new Anchor("site/" + e.checkInToken(), getTranslation("site.link.open"));
    open.setId("site-link-open");
    open.addClassName("site-link-value");
    link.add(p, open);
  }

  private Details enrolForm() {
    Select<AttendanceRule> role = new Select<>();
    role.setLabel(getTranslation("site.enrol.role"));
    role.setId("site-enrol-role");
    List<AttendanceRule> rules = sites.policy(caller).rules();
    role.setItems(rules);
    role.setItemLabelGenerator(r -> getLocale().getLanguage().equals("en") ? r.nameEn() : r.nameZh());
    role.setValue(rules.get(0));
    TextField name = new TextField(getTranslation("site.enrol.name"));
    name.setId("site-enrol-name");
    TextField residentId = new TextField(getTranslation("site.enrol.residentId"));
    residentId.setId("site-enrol-resident-id");
    TextField certificate = new TextField(getTranslation("site.enrol.certificate"));
    certificate.setId("site-enrol-certificate");
    TextField phone = new TextField(getTranslation("site.enrol.phone"));
    phone.setId("site-enrol-phone");
    Upload upload = new Upload();
    upload.setId("site-enrol-photo");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(3 * 1024 * 1024);
    upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
    upload.setUploadButton(new Button(getTranslation("site.enrol.photo")));
    Span chosen = new Span();
    chosen.setId("site-enrol-photo-name");
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
      photo = bytes;
      chosen.setText(getTranslation("site.enrol.chosen", metadata.fileName()));
    }));
    ErrorLine formError = new ErrorLine("site-enrol-error");
    Button enrol = new Button(getTranslation("site.enrol.submit"), e -> {
      formError.clear();
      DomainErrors.run(() -> {
        Enrolment done = sites.enrol(caller, project.id(), new SitePersonInput(role.getValue() == null ? null
            : role.getValue().role(), name.getValue(), residentId.getValue(), certificate.getValue(), phone.getValue()),
            photo);
        photo = null;
        upload.clearFileList();
        chosen.setText("");
        name.clear();
        residentId.clear();
        certificate.clear();
        phone.clear();
        showLink(done);
        refresh();
      }, refusal -> formError.show(refusal, getLocale()));
    });
    enrol.setId("site-enrol-submit");
    enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(new Paragraph(getTranslation("site.enrol.intro")), role, name, residentId, certificate, phone,
        upload, chosen, formError, enrol);
    form.addClassName("site-form");
    Details details = new Details(getTranslation("site.enrol.title"), form);
    details.setId("site-enrol");
    return details;
  }

  @Override
  public String getPageTitle() {
    return (project == null ? "" : project.sectionName() + " · ") + getTranslation("sites.title");
  }
}
