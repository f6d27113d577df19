package cn.ggzy.webui.dispatch;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Clocks;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.Dispatch.DepartmentRow;
import cn.ggzy.server.application.Dispatch.MonthRow;
import cn.ggzy.server.application.Dispatch.ReportFile;
import cn.ggzy.server.application.Dispatch.ReportView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 统筹调度: the figures of a period for the office and the leading group (every department, or one),
 * and for a department head the own department's. Phone first: tiles of the key numbers, then charts
 * drawn on the server ({@link SvgCharts}); every number and every bar links to the list behind it (the
 * cases, warnings or inspections it counts, or the case inbox filtered as it counted). The office also
 * finds the reports for the leading group's meetings here, and makes one for the period shown.
 */
@Route(value = "console/dispatch", layout = MainLayout.class)
@Dependent
public class DispatchView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final String LIST = "console/dispatch/list";
  /** Every source and every industry: the keys of a total of received cases or raised warnings. */
  private static final String ALL_SOURCES = Arrays.stream(CaseSource.values()).map(Enum::name)
      .collect(Collectors.joining(","));
  private static final String ALL_INDUSTRIES = Arrays.stream(Industry.values()).map(Enum::name)
      .collect(Collectors.joining(","));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));
  private final Dispatch dispatch;
  private final TenantDirectory directory;
  private final Clock clock;
  private final Div content = new Div();
  private final Div reports = new Div();
  private final ErrorLine error = new ErrorLine("dispatch-error");
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Select<Department> department = new Select<>();
  private Caller caller;
  private boolean office;

  @Inject
  public DispatchView(Dispatch dispatch, TenantDirectory directory, Clock clock) {
    this.dispatch = dispatch;
    this.directory = directory;
    this.clock = clock;
    setHeading(getTranslation("dispatch.title"));
    addClassName("dispatch-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> permitted = AccessControl.permitted(event, Permission.DISPATCH);
    if (permitted.isEmpty()) {
      return;
    }
    QueryParameters q = event.getLocation().getQueryParameters();
    LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    LocalDate start = day(q, "from").orElse(today.withDayOfMonth(1));
    LocalDate end = day(q, "to").orElse(today);
    String chosen = q.getSingleParameter("department").orElse("");
    if (caller == null) {
      build(permitted.get());
    }
    from.setValue(start);
    to.setValue(end);
    if (office) {
      department.setValue(department.getListDataView().getItems().filter(d -> d.id().value().equals(chosen))
          .findFirst().orElse(null));
    }
    show();
  }

  private static Optional<LocalDate> day(QueryParameters q, String name) {
    try {
      return q.getSingleParameter(name).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void build(Caller who) {
    caller = who;
    office = directory.department(who.tenant()).map(Department::isOffice).orElse(false)
        && who.may(Permission.OFFICE_WORK);
    from.setId("dispatch-from");
    from.setLabel(getTranslation("timeliness.from"));
    from.setLocale(getLocale());
    to.setId("dispatch-to");
    to.setLabel(getTranslation("timeliness.to"));
    to.setLocale(getLocale());
    Button showButton = new Button(getTranslation("timeliness.show"), e -> navigate());
    showButton.setId("dispatch-show");
    showButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout period = new HorizontalLayout(from, to);
    period.setWrap(true);
    period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (office) {
      department.setId("dispatch-department");
      department.setLabel(getTranslation("dispatch.department"));
      department.setEmptySelectionAllowed(true);
      department.setEmptySelectionCaption(getTranslation("dispatch.department.all"));
      department.setItems(directory.region(who.tenant().region()).map(r -> r.departments()).orElse(List.of()));
      department.setItemLabelGenerator(d -> d == null ? getTranslation("dispatch.department.all")
          : d.name(getLocale()));
      period.add(department);
    }
    period.add(showButton);
    content.setId("dispatch-content");
    content.setWidthFull();
    reports.setId("dispatch-reports");
    reports.setWidthFull();
    addContent(new Paragraph(getTranslation(office ? "dispatch.intro.office" : "dispatch.intro.department")), period,
        error, content);
    if (office) {
      addContent(reports);
    }
  }

  /** The period and department go into the address, so a view can be shared and the browser's back works. */
  private void navigate() {
    Map<String, String> p = new LinkedHashMap<>();
    if (from.getValue() != null) {
      p.put("from", from.getValue().toString());
    }
    if (to.getValue() != null) {
      p.put("to", to.getValue().toString());
    }
    if (department.getValue() != null) {
      p.put("department", department.getValue().id().value());
    }
    getUI().ifPresent(ui -> ui.navigate("console/dispatch", QueryParameters.simple(p)));
  }

  private String chosen() {
    return department.getValue() == null ? null : department.getValue().id().value();
  }

  private void show() {
    error.clear();
    content.removeAll();
    DomainErrors.run(() -> {
      Dashboard d = dispatch.dashboard(caller, from.getValue(), to.getValue(), chosen());
      render(d);
    }, this::refused);
    if (office) {
      showReports();
    }
  }

  private String label(String code) {
    return Messages.text(code, getLocale());
  }

  /** The list behind a figure: metric, keys, this period and department. */
  private String behind(String metric, String keys) {
    return LIST + "?metric=" + metric + "&key=" + keys + "&from=" + from.getValue() + "&to=" + to.getValue()
        + (chosen() == null ? "" : "&department=" + chosen());
  }

  private String behind(String metric, String keys, LocalDate start, LocalDate end) {
    return LIST + "?metric=" + metric + "&key=" + keys + "&from=" + start + "&to=" + end
        + (chosen() == null ? "" : "&department=" + chosen());
  }

  /** The case inbox filtered as a standing figure counted (the office's inbox for the office). */
  private String inbox(String more, String tenant) {
    String base = "console/cases?inbox=" + (office ? "OFFICE" : "DEPARTMENT");
    String dept = tenant != null ? tenant : chosen();
    return base + (office && dept != null ? "&department=" + dept : "") + more;
  }

  private static String all(String suffix) {
    return Arrays.stream(CaseSource.values()).map(s -> s.name() + suffix).collect(Collectors.joining(","));
  }

  private void render(Dashboard d) {
    long received = d.receivedBySource().values().stream().mapToLong(Long::longValue).sum();
    long closed = d.departments().stream().mapToLong(DepartmentRow::closed).sum();
    Div tiles = new Div();
    tiles.setId("dispatch-tiles");
    tiles.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(150px, 1fr))")
        .set("gap", "var(--lumo-space-s)");
    tiles.add(tile("received", Long.toString(received), label("dispatch.label.received"),
        behind("CASES_RECEIVED", ALL_SOURCES)));
    tiles.add(tile("closed", Long.toString(closed), label("dispatch.label.closed"),
        behind("CASES_CLOSED", ALL_SOURCES)));
    tiles.add(tile("open", Long.toString(d.openNow()), label("dispatch.label.open"), inbox("", null)));
    tiles.add(tile("overdue", Long.toString(d.overdueNow()), label("dispatch.label.overdue"),
        inbox("&overdue=true", null)));
    tiles.add(clockTile("acceptance", d.acceptance(), label("dispatch.label.acceptance"),
        behind("ACCEPTANCE", all("_LATE"))));
    tiles.add(clockTile("completion", d.completion(), label("dispatch.label.completion"),
        behind("COMPLETION", all("_LATE"))));
    tiles.add(clockTile("complaint-acceptance", d.complaintAcceptance(), label("dispatch.label.complaintAcceptance"),
        behind("ACCEPTANCE", "COMPLAINT_LATE,REPORT_LATE")));
    tiles.add(clockTile("complaint-completion", d.complaintCompletion(), label("dispatch.label.complaintCompletion"),
        behind("COMPLETION", "COMPLAINT_LATE,REPORT_LATE")));
    tiles.add(tile("warnings", Long.toString(d.warnings().get("RAISED")), label("dispatch.label.warningsRaised"),
        behind("WARNINGS_RAISED", ALL_INDUSTRIES)));
    tiles.add(tile("warnings-cases", Long.toString(d.warnings().get("CASE_OPENED")), label("dispatch.key.CASE_OPENED"),
        behind("WARNINGS_REVIEWED", "CASE_OPENED")));
    tiles.add(tile("inspections", Long.toString(d.inspections().get("CONCLUDED")),
        label("dispatch.label.inspectionsConcluded"), behind("INSPECTIONS", "CONCLUDED")));
    tiles.add(tile("blacklist", Long.toString(d.blacklist().get("LISTED")),
        label("dispatch.label.blacklist") + " · " + label("dispatch.key.LISTED"), behind("BLACKLIST", "LISTED")));
    content.add(tiles);

    if (d.departments().size() > 1) {
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (DepartmentRow r : d.departments()) {
        bars.add(new SvgCharts.Bar(directory.department(TenantId.of(r.tenant()))
            .map(x -> x.name(getLocale())).orElse(r.name()), new long[] {r.received(), r.closed()},
            "console/dispatch?from=" + from.getValue() + "&to=" + to.getValue() + "&department=" + r.tenant()));
      }
      chart("departments", label("dispatch.heading.departments"), SvgCharts.bars("dispatch-chart-departments",
          label("dispatch.heading.departments"), List.of(label("dispatch.label.received"),
              label("dispatch.label.closed")), bars));
    }
    chart("source", label("dispatch.heading.source"), SvgCharts.bars("dispatch-chart-source",
        label("dispatch.heading.source"), List.of(label("dispatch.label.received")), keyed(d.receivedBySource(),
            "case.source.", k -> behind("CASES_RECEIVED", k))));
    chart("matter", label("dispatch.heading.matter"), SvgCharts.bars("dispatch-chart-matter",
        label("dispatch.heading.matter"), List.of(label("dispatch.label.received")), keyed(d.receivedByMatter(),
            "case.industry.", k -> behind("CASES_MATTER", k))));
    Map<String, Long> open = d.statusNow().entrySet().stream().filter(e -> CaseStatus.valueOf(e.getKey()).open())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    chart("status", label("dispatch.heading.status"), SvgCharts.bars("dispatch-chart-status",
        label("dispatch.heading.status"), List.of(label("dispatch.label.count")), keyed(open, "case.status.",
            k -> inbox("&status=" + k, null))));
    List<SvgCharts.Bar> months = new ArrayList<>();
    for (MonthRow m : d.trend()) {
      months.add(new SvgCharts.Bar(m.month().getMonthValue() + (getLocale().getLanguage().equals("zh") ? "月" : ""),
          new long[] {m.received(), m.closed()}, behind("CASES_RECEIVED",
              ALL_SOURCES,
              m.month().atDay(1), m.month().atEndOfMonth())));
    }
    chart("trend", label("dispatch.heading.trend"), SvgCharts.columns("dispatch-chart-trend",
        label("dispatch.heading.trend"), List.of(label("dispatch.label.received"), label("dispatch.label.closed")),
        months));
    if (!d.agencyGrades().isEmpty()) {
      List<SvgCharts.Bar> grades = new ArrayList<>();
      d.agencyGrades().forEach((g, n) -> grades.add(new SvgCharts.Bar(g, new long[] {n},
          "console/agencies?period=" + d.agencyPeriod())));
      String title = label("dispatch.heading.agencies") + "（" + d.agencyPeriod() + "）";
      chart("agencies", title, SvgCharts.bars("dispatch-chart-agencies", title, List.of(label("dispatch.label.count")),
          grades));
    }
    Div more = new Div();
    more.setId("dispatch-more");
    more.add(new H3(label("dispatch.heading.warnings")));
    d.warnings().forEach((k, v) -> more.add(line(label("dispatch.key." + k), v, switch (k) {
      case "RAISED" -> behind("WARNINGS_RAISED", ALL_INDUSTRIES);
      case "OPEN_NOW" -> behind("WARNING_STATUS", "OPEN");
      default -> behind("WARNINGS_REVIEWED", k);
    })));
    more.add(new H3(label("dispatch.heading.inspections")));
    d.inspections().forEach((k, v) -> more.add(line(label("dispatch.key." + k), v, behind("INSPECTIONS", k))));
    more.add(new H3(label("dispatch.heading.lists")));
    d.blacklist().forEach((k, v) -> more.add(line(label("dispatch.label.blacklist") + " · "
        + label("dispatch.key." + k), v, behind("BLACKLIST", k))));
    d.redlist().forEach((k, v) -> more.add(line(label("dispatch.label.redlist") + " · "
        + label("dispatch.key." + k), v, behind("REDLIST", k))));
    content.add(more);
  }

  private List<SvgCharts.Bar> keyed(Map<String, Long> counts, String prefix,
      Function<String, String> href) {
    List<SvgCharts.Bar> bars = new ArrayList<>();
    counts.forEach((k, v) -> bars.add(new SvgCharts.Bar(label(prefix + k), new long[] {v}, href.apply(k))));
    return bars;
  }

  private void chart(String id, String title, String svg) {
    Div box = new Div();
    box.setId("dispatch-" + id);
    box.add(new H3(title));
    Div picture = new Div();
    picture.getElement().setProperty("innerHTML", svg);
    box.add(picture);
    content.add(box);
  }

  private Div tile(String id, String number, String text, String href) {
    Div tile = new Div();
    tile.setId("dispatch-tile-" + id);
    tile.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
    Anchor a = new Anchor(href, number);
    a.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
    a.getElement().setAttribute("aria-label", text + " " + number);
    Paragraph p = new Paragraph(text);
    p.getStyle().set("margin", "0");
    tile.add(a, p);
    return tile;
  }

  private Div clockTile(String id, Clocks c, String text, String lateList) {
    String rate = c.total() == 0 ? "—" : String.format(getLocale(), "%.1f%%", 100.0 * c.rate());
    Div tile = tile(id, rate, text + " (" + c.onTime() + "/" + c.total() + ")", lateList);
    return tile;
  }

  private Paragraph line(String text, long value, String href) {
    Anchor a = new Anchor(href, Long.toString(value));
    a.getElement().setAttribute("aria-label", text + " " + value);
    Paragraph p = new Paragraph(new Span(text + "："), a);
    p.getStyle().set("margin", "0");
    return p;
  }

  private void showReports() {
    reports.removeAll();
    reports.add(new H3(getTranslation("dispatch.reports")));
    Button generate = new Button(getTranslation("dispatch.reports.generate"), e -> DomainErrors.run(() -> {
      dispatch.generate(caller, from.getValue(), to.getValue());
      showReports();
    }, this::refused));
    generate.setId("dispatch-generate");
    generate.setDisableOnClick(true);
    reports.add(new Paragraph(getTranslation("dispatch.reports.intro")), generate);
    List<ReportView> list = DomainErrors.orElse(() -> dispatch.reports(caller), e -> List.of());
    if (list.isEmpty()) {
      reports.add(new Paragraph(getTranslation("dispatch.reports.none")));
    }
    for (ReportView r : list.stream().limit(30).toList()) {
      Div card = new Div();
      card.setId("dispatch-report-" + r.id());
      card.addClassName("dispatch-report");
      card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
      card.add(new Paragraph(getTranslation("dispatch.reports.kind." + r.kind().name()) + " · " + r.from() + " — "
          + r.to() + " · " + TIME.format(r.generatedAt())));
      card.add(download(r, "pdf", "PDF"), new Span(" · "), download(r, "xlsx", "Excel"));
      reports.add(card);
    }
  }

  /** A report's file; read (and the read audited) only when followed. */
  private Anchor download(ReportView r, String format, String text) {
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      ReportFile f = dispatch.file(caller, r.id(), format);
      return new DownloadResponse(new ByteArrayInputStream(f.content()), f.name(), f.contentType(), f.content().length);
    }, (DomainException e) -> DownloadResponse.error(404, Messages.chinese(e.code()))));
    Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, text);
    a.setId("dispatch-report-" + r.id() + "-" + format);
    a.getElement().setAttribute("aria-label", text + " " + URLEncoder.encode(r.id(), StandardCharsets.UTF_8));
    return a;
  }

  private void refused(DomainException e) {
    error.show(e, getLocale());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dispatch.title") + " · " + getTranslation("app.title");
  }
}
