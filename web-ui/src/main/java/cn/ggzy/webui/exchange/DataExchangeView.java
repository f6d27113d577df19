package cn.ggzy.webui.exchange;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.application.DataExchange.ExchangeReport;
import cn.ggzy.server.application.DataExchange.Format;
import cn.ggzy.server.application.DataExchange.Refusal;
import cn.ggzy.server.application.DataExchange.SetReport;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.network.NetworkLinks;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * 数据交换: an officer uploads a batch of the national format (JSON or XML) or an OCDS release package
 * and reads the report with every refused record and its data item; and downloads a period of the
 * department's data (the office: the region's) in either format, as the provincial platform pulls it.
 */
@Route(value = "console/exchange", layout = MainLayout.class)
@Dependent
public class DataExchangeView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  /** What a file is read as. */
  enum Kind {
    NATIONAL_JSON, NATIONAL_XML, OCDS
  }

  private static final Set<String> NAMED_SETS = Set.of("SUBJECT", "TENDER_PROJECT",
      "BID_SECTION", "TENDER_LIST", "WIN_RESULT", "releases");
  private final DataExchange exchange;
  private final Clock clock;
  private final RadioButtonGroup<Kind> importKind = new RadioButtonGroup<>();
  private final RadioButtonGroup<Kind> exportKind = new RadioButtonGroup<>();
  private final Upload upload = new Upload();
  private final Div report = new Div();
  private final Span error = new Span();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Anchor download = new Anchor();
  private boolean built;

  @Inject
  public DataExchangeView(DataExchange exchange, Clock clock) {
    this.exchange = exchange;
    this.clock = clock;
    setHeading(getTranslation("exchange.title"));
    addClassName("exchange-view");
  }

  private void build(Caller caller) {
    built = true;
    Paragraph intro = new Paragraph(getTranslation("exchange.intro"));
    Paragraph formats = new Paragraph(getTranslation("exchange.format"));
    formats.getStyle().set("overflow-wrap", "anywhere");
    Details format = new Details(getTranslation("exchange.formatTitle"), formats);
    format.setId("exchange-format");
    format.setWidthFull();
    importKind.setId("exchange-import-kind");
    importKind.setLabel(getTranslation("exchange.import.kind"));
    importKind.setItems(Kind.values());
    importKind.setItemLabelGenerator(k -> getTranslation("exchange.kind." + k.name()));
    importKind.setValue(Kind.NATIONAL_JSON);
    upload.setId("exchange-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(DataExchange.MAX_BYTES);
    upload.setAcceptedFileTypes("application/json", ".json", "application/xml", "text/xml", ".xml");
    upload.setUploadButton(new Button(getTranslation("exchange.import.upload")));
    upload.setDropLabel(new Span(getTranslation("exchange.import.drop")));
    upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> received(caller, meta.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(getTranslation("exchange.import.rejectedFile")));
    error.setId("exchange-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);
    error.getElement().setAttribute("role", "alert");
    report.setId("exchange-report");
    report.setWidthFull();

    LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    from.setId("exchange-from");
    from.setLabel(getTranslation("exchange.export.from"));
    from.setLocale(getLocale());
    from.setValue(today.withDayOfMonth(1));
    to.setId("exchange-to");
    to.setLabel(getTranslation("exchange.export.to"));
    to.setLocale(getLocale());
    to.setValue(today);
    exportKind.setId("exchange-export-kind");
    exportKind.setLabel(getTranslation("exchange.export.kind"));
    exportKind.setItems(Kind.values());
    exportKind.setItemLabelGenerator(k -> getTranslation("exchange.kind." + k.name()));
    exportKind.setValue(Kind.NATIONAL_JSON);
    download.setId("exchange-download");
    download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("exchange.export.download")));
    download.addClassName("document-link");
    from.addValueChangeListener(e -> refreshDownload(caller));
    to.addValueChangeListener(e -> refreshDownload(caller));
    exportKind.addValueChangeListener(e -> refreshDownload(caller));
    refreshDownload(caller);
    FlexLayout period = new FlexLayout(from, to);
    period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    period.getStyle().set("gap", "var(--lumo-space-m)");
    Paragraph scope = new Paragraph(getTranslation(caller.may(Permission.OFFICE_WORK) ? "exchange.export.office"
        : "exchange.export.department"));
    scope.setId("exchange-scope");
    addContent(intro, format, new H3(getTranslation("exchange.import")), importKind, upload, error,
        report, new H3(getTranslation("exchange.export")), scope, period, exportKind, download);
  }

  /** The download link for the chosen period and format; the file is made (and audited) when followed. */
  private void refreshDownload(Caller caller) {
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    Kind kind = exportKind.getValue() == null ? Kind.NATIONAL_JSON : exportKind.getValue();
    boolean valid = first != null && last != null && !last.isBefore(first);
    to.setInvalid(!valid);
    to.setErrorMessage(valid ? null : getTranslation("exchange.export.badPeriod"));
    download.setEnabled(valid);
    if (!valid) {
      return;
    }
    String name = (kind == Kind.OCDS ? "ocds-" : "ggzy-") + first + "-" + last
        + (kind == Kind.NATIONAL_XML ? ".xml" : ".json");
    download.setHref(DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      byte[] bytes = kind == Kind.OCDS ? exchange.exportOcds(caller, first, last)
          : exchange.exportNational(caller, first, last, kind == Kind.NATIONAL_XML ? Format.XML : Format.JSON);
      return new DownloadResponse(new ByteArrayInputStream(bytes), name,
          kind == Kind.NATIONAL_XML ? "application/xml; charset=UTF-8" : "application/json; charset=UTF-8",
          bytes.length);
    }, (DomainException e) -> DownloadResponse.error(400, Messages.chinese(e.code()) + " / "
        + Messages.english(e.code())))));
  }

  /** A file arrived (inside the UI's lock): import it and show the report. */
  void received(Caller caller, String fileName, byte[] bytes) {
    upload.clearFileList();
    error.setVisible(false);
    report.removeAll();
    Kind kind = importKind.getValue() == null ? Kind.NATIONAL_JSON : importKind.getValue();
    DomainErrors.run(() -> show(fileName, kind == Kind.OCDS ? exchange.importOcds(caller, bytes)
        : exchange.importNational(caller, bytes, kind == Kind.NATIONAL_XML ? Format.XML : Format.JSON)),
        e -> showError(Messages.text(e.code(), getLocale()) + (e.field() == null ? "" : " (" + e.field() + ")")));
  }

  private void show(String fileName, ExchangeReport r) {
    boolean english = "en".equals(getLocale().getLanguage());
    Paragraph counts = new Paragraph(getTranslation("exchange.report.counts", fileName, r.received(), r.imported(),
        r.refused().size()));
    counts.setId("exchange-counts");
    UnorderedList sets = new UnorderedList();
    sets.setId("exchange-sets");
    for (SetReport s : r.sets()) {
      sets.add(new ListItem(getTranslation("exchange.report.set", setName(s.dataSet()), s.received(), s.imported(),
          s.refused())));
    }
    report.add(new H4(getTranslation("exchange.report")), counts, sets);
    if (!r.refused().isEmpty()) {
      UnorderedList refused = new UnorderedList();
      refused.setId("exchange-refused");
      for (Refusal x : r.refused()) {
        ListItem item = new ListItem(getTranslation("exchange.report.refused", setName(x.dataSet()), x.index(),
            x.identifier() == null || x.identifier().isBlank() ? "—" : x.identifier(),
            x.item() == null ? "—" : x.item(), english ? x.messageEn() : x.message()));
        item.addClassName("exchange-refused-record");
        refused.add(item);
      }
      report.add(new H4(getTranslation("exchange.report.refusedTitle")), refused);
    }
    if (!r.warnings().isEmpty()) {
      UnorderedList warnings = new UnorderedList();
      warnings.setId("exchange-warnings");
      r.warnings().forEach(id -> warnings.add(new ListItem(NetworkLinks.warning(id, id))));
      report.add(new H4(getTranslation("exchange.report.warnings")), warnings);
    }
  }

  /** A data set's name in the reader's language beside its code (an unknown set: its code alone). */
  private String setName(String dataSet) {
    return NAMED_SETS.contains(dataSet) ? getTranslation("exchange.set." + dataSet) + " " + dataSet : dataSet;
  }

  private void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!built) {
      AccessControl.permitted(event, Permission.EXCHANGE_DATA).ifPresent(this::build);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.title") + " · " + getTranslation("app.title");
  }
}
