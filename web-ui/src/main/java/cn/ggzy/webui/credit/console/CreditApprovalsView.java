package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** 记录审核: records entered by hand that wait for a second person (department head or office leader). */
@Route(value = "console/credit/approvals", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class CreditApprovalsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CreditRecords records;
  private final Texts texts = this::getTranslation;
  private final Grid<RecordView> grid = RecordDetails.grid(texts, "credit-approvals-grid");
  private final Div detail = new Div();

  @Inject
  public CreditApprovalsView(CreditRecords records) {
    this.records = records;
    setHeading(getTranslation("credit.console.approvals.title"));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    addContent(new Paragraph(getTranslation("credit.console.approvals.intro")), grid, detail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CreditConsole.admit(event, c -> c.may(Permission.DECIDE_CREDIT))) {
      refresh();
    }
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    grid.setItems(q -> records.records(caller, RecordStatus.PENDING_APPROVAL, false, q.getOffset(), q.getLimit())
        .items().stream(), q -> (int) records.records(caller, RecordStatus.PENDING_APPROVAL, false, 0, 1).total());
    detail.removeAll();
  }

  private void show(RecordView r) {
    detail.removeAll();
    if (r == null) {
      return;
    }
    detail.add(new H3(r.subjectName()), RecordDetails.of(texts, r));
    if (!r.mayApprove()) {
      detail.add(new Paragraph(getTranslation("credit.record.secondPerson.hint")));
      return;
    }
    Button approve = new Button(getTranslation("credit.console.approve"), e -> CreditConsole.attempt(
        () -> records.approve(CurrentOfficer.require(), r.id(), r.version()), getLocale(), FieldErrors.NONE)
        .ifPresent(done -> done()));
    approve.setId("approval-approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ReasonForm reject = new ReasonForm(texts, "approval-reject", "credit.console.rejection",
        "credit.console.reject");
    reject.addConfirmListener(e -> CreditConsole.attempt(() -> records.reject(CurrentOfficer.require(), r.id(),
        r.version(), e.text()), getLocale(), reject).ifPresent(done -> done()));
    detail.add(approve, reject);
  }

  private void done() {
    DomainErrors.confirm(getTranslation("credit.console.done"));
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.console.approvals.title") + " · " + getTranslation("app.title");
  }
}
