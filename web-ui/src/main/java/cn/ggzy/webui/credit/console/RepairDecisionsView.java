package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * 信用修复审查: applications, nearest deadline first, with the decision clock (3 working days after
 * the day of receipt, once extendable by 3); the decision text is published.
 */
@Route(value = "console/credit/repairs", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class RepairDecisionsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CreditRepairs repairs;
  private final Texts texts = this::getTranslation;
  private final Checkbox openOnly = new Checkbox();
  private final Grid<RepairView> grid = new Grid<>();
  private final Div detail = new Div();

  @Inject
  public RepairDecisionsView(CreditRepairs repairs) {
    this.repairs = repairs;
    setHeading(getTranslation("credit.console.repairs.title"));
    grid.setId("credit-repairs-grid");
    grid.addClassName("credit-grid");
    grid.addColumn(RepairView::subjectName).setHeader(getTranslation("credit.console.subjectName")).setFlexGrow(2);
    grid.addColumn(r -> CaseFormats.dateTime(r.receivedAt(), getLocale())).setHeader(getTranslation("credit.console.received"))
        .setAutoWidth(true);
    grid.addColumn(r -> String.valueOf(r.lastWorkingDay())).setHeader(getTranslation("credit.console.due"))
        .setAutoWidth(true);
    grid.addColumn(r -> getTranslation("credit.repairStatus." + r.status().name())
        + (r.overdue() ? " · " + getTranslation("credit.console.overdue") : "")
        + (r.extended() ? " · " + getTranslation("credit.console.extended") : ""))
        .setHeader(getTranslation("credit.console.status"));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    openOnly.setId("credit-repairs-open");
    openOnly.setLabel(getTranslation("credit.console.openOnly"));
    openOnly.setValue(true);
    openOnly.addValueChangeListener(e -> refresh());
    addContent(openOnly, grid, detail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CreditConsole.admit(event, c -> c.may(Permission.OFFICER_WORK))) {
      refresh();
    }
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    boolean open = openOnly.getValue();
    grid.setItems(q -> repairs.applications(caller, open, q.getOffset(), q.getLimit()).items().stream(),
        q -> (int) repairs.applications(caller, open, 0, 1).total());
    detail.removeAll();
  }

  private void show(RepairView r) {
    detail.removeAll();
    if (r == null) {
      return;
    }
    Div facts = new Div();
    facts.setId("repair-details");
    facts.addClassName("credit-details");
    RecordDetails.row(facts, getTranslation("credit.console.subjectName"), r.subjectName());
    RecordDetails.row(facts, getTranslation("credit.identifier.code"), r.identifier());
    RecordDetails.row(facts, getTranslation("credit.repair.form.contactName"), r.contactName());
    RecordDetails.row(facts, getTranslation("credit.repair.form.contactPhone"), r.contactPhone());
    RecordDetails.row(facts, getTranslation("credit.repair.form.commitment"), r.commitment());
    RecordDetails.row(facts, getTranslation("credit.repair.form.rectification"), r.rectification());
    RecordDetails.row(facts, getTranslation("credit.repair.form.evidence"), r.evidence());
    RecordDetails.row(facts, getTranslation("credit.console.due"),
        getTranslation("credit.console.dueAt", String.valueOf(r.lastWorkingDay())));
    RecordDetails.row(facts, getTranslation("credit.console.extensionReason"), r.extensionReason());
    RecordDetails.row(facts, getTranslation("credit.console.decisionText"), r.decisionText());
    detail.add(new H3(r.subjectName()), facts);
    if (r.mayExtend()) {
      ReasonForm extend = new ReasonForm(texts, "repair-extend", "credit.console.extensionReason",
          "credit.console.extend");
      extend.addConfirmListener(e -> CreditConsole.attempt(() -> repairs.extend(CurrentOfficer.require(), r.id(),
          r.version(), e.text()), getLocale(), extend).ifPresent(this::changed));
      detail.add(extend);
    }
    if (r.mayDecide()) {
      DecisionForm decide = new DecisionForm(texts);
      decide.addDecideListener(e -> CreditConsole.attempt(() -> repairs.decide(CurrentOfficer.require(), r.id(),
          r.version(), e.approve(), e.text()), getLocale(), decide).ifPresent(this::changed));
      detail.add(decide);
    }
  }

  private void changed(RepairView r) {
    DomainErrors.confirm(getTranslation("credit.console.done"));
    grid.getDataProvider().refreshAll();
    show(r);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.console.repairs.title") + " · " + getTranslation("app.title");
  }
}
