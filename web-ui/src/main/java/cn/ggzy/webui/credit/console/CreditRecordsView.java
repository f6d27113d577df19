package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Blacklisting;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Function;

/**
 * 信用记录: the department's records (the office: optionally every department's, audited), entering
 * a record by hand, naming the subject of a case record, and listing a decision's subject.
 */
@Route(value = "console/credit/records", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class CreditRecordsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CreditRecords records;
  private final Blacklisting blacklisting;
  private final Texts texts = this::getTranslation;
  private final RecordForm form = new RecordForm(texts);
  private final Select<RecordStatus> status = new Select<>();
  private final Checkbox regionWide = new Checkbox();
  private final Grid<RecordView> grid = RecordDetails.grid(texts, "credit-records-grid");
  private final Div detail = new Div();

  @Inject
  public CreditRecordsView(CreditRecords records, Blacklisting blacklisting) {
    this.records = records;
    this.blacklisting = blacklisting;
    setHeading(getTranslation("credit.console.records.title"));
    Details enter = new Details(getTranslation("credit.console.record.new"), form);
    enter.setId("credit-record-new");
    form.addSaveListener(e -> CreditConsole.attempt(() -> records.enter(caller(), e.record()), getLocale(), form)
        .ifPresent(saved -> {
          DomainErrors.confirm(getTranslation("credit.console.record.saved"));
          enter.setOpened(false);
          refresh();
        }));
    status.setId("credit-records-status");
    status.setLabel(getTranslation("credit.console.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("credit.filter.all"));
    status.setItems(RecordStatus.values());
    status.setItemLabelGenerator(s -> statusLabel(s, this::getTranslation));
    status.addValueChangeListener(e -> refresh());
    regionWide.setId("credit-records-region");
    regionWide.setLabel(getTranslation("credit.console.regionWide"));
    regionWide.addValueChangeListener(e -> refresh());
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    detail.addClassName("credit-detail");
    addContent(enter, new Div(status, regionWide), grid, detail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CreditConsole.admit(event, c -> c.may(Permission.OFFICER_WORK))) {
      Caller caller = caller();
      regionWide.setVisible(caller.may(Permission.OFFICE_WORK));
      refresh();
    }
  }

  /**
   * A status filter's label; the empty choice ("all") is asked for too (as null), and a null here
   * once failed the whole page.
   */
  static String statusLabel(RecordStatus s, Function<String, String> texts) {
    return texts.apply(s == null ? "credit.filter.all" : "credit.recordStatus." + s.name());
  }

  private void refresh() {
    Caller caller = caller();
    RecordStatus s = status.getValue();
    boolean all = regionWide.getValue();
    grid.setItems(q -> records.records(caller, s, all, q.getOffset(), q.getLimit()).items().stream(),
        q -> (int) records.records(caller, s, all, 0, 1).total());
    detail.removeAll();
  }

  private void show(RecordView r) {
    detail.removeAll();
    if (r == null) {
      return;
    }
    detail.add(new H3(r.subjectName()), RecordDetails.of(texts, r));
    if (r.mayIdentify()) {
      IdentifyForm identify = new IdentifyForm(texts, r.subjectName());
      identify.addIdentifyListener(e -> CreditConsole.attempt(() -> records.identify(caller(), r.id(), r.version(),
          e.kind, e.name, e.creditCode, e.residentId), getLocale(), identify).ifPresent(this::changed));
      detail.add(new H3(getTranslation("credit.console.identify")), identify);
    }
    if (r.mayList()) {
      ListingForm listing = new ListingForm(texts, r.id(), r.legalBasis(), r.decidedOn());
      listing.addListListener(e -> CreditConsole.attempt(() -> blacklisting.list(caller(), e.entry()), getLocale(),
          listing).ifPresent(entry -> {
            DomainErrors.confirm(getTranslation("credit.console.listed", new CreditLabels(texts)
                .period(entry.start(), entry.end())));
            detail.removeAll();
          }));
      detail.add(new H3(getTranslation("credit.console.list")), listing);
    }
    if (r.mayApprove()) {
      Button approve = new Button(getTranslation("credit.console.approve"), e -> CreditConsole.attempt(
          () -> records.approve(caller(), r.id(), r.version()), getLocale(), FieldErrors.NONE).ifPresent(this::changed));
      approve.setId("record-approve");
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      detail.add(approve);
    }
  }

  private void changed(RecordView r) {
    DomainErrors.confirm(getTranslation("credit.console.done"));
    grid.getDataProvider().refreshAll();
    show(r);
  }

  private Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.console.records.title") + " · " + getTranslation("app.title");
  }
}
