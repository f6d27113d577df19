package cn.ggzy.webui.credit;

import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCreditViews.RepairReceipt;
import cn.ggzy.server.application.PublicCreditViews.RepairTarget;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * 信用修复 (public): the entry, when repair opens, the latest application's outcome, and — once the
 * minimum period has passed — the application form; after sending, the receipt with the office's
 * decision deadline (3 working days after the day of receipt).
 */
@Route(value = "credit/repair/:region/:entry", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class CreditRepairView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final PublicCredit credit;
  private final CreditRepairs repairs;
  private final CreditLabels labels = new CreditLabels(this::getTranslation);
  private final CreditCards cards = new CreditCards(labels);

  @Inject
  public CreditRepairView(PublicCredit credit, CreditRepairs repairs) {
    this.credit = credit;
    this.repairs = repairs;
    addClassNames("credit-view", "credit-repair-view");
    setHeading(getTranslation("credit.repair.title"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String region = event.getRouteParameters().get("region").orElse("");
    String entry = event.getRouteParameters().get("entry").orElse("");
    DomainErrors.run(() -> show(region, credit.repairTarget(region, entry)), e -> {
      Paragraph gone = new Paragraph(getTranslation("credit.subject.notFound.explanation"));
      gone.setId("repair-not-found");
      addContent(gone);
    });
  }

  private void show(String region, RepairTarget t) {
    Div summary = new Div(new Paragraph(t.subjectName()),
        new Paragraph(labels.identifier(t.subjectKind(), t.identifier())),
        new Paragraph(labels.listClass(t.listClass()) + " · " + labels.period(t.start(), t.end())),
        new Paragraph(cards.repairState(t.latest(), t.repairOpensOn(), t.asOf())));
    summary.setId("repair-target");
    summary.addClassName("credit-card");
    addContent(summary, new Paragraph(getTranslation("credit.repair.rules")));
    if (!t.openForApplication()) {
      return;
    }
    RepairForm form = new RepairForm(this::getTranslation, t.subjectKind());
    form.addSubmitListener(e -> {
      DomainErrors.attempt(() -> repairs.apply(region, t.entryId(), e.request()), getLocale(), form)
          .ifPresent(receipt -> {
            remove(form);
            addContent(receipt(receipt));
          });
    });
    addContent(form);
  }

  private Div receipt(RepairReceipt r) {
    Span number = new Span(r.receiptNumber());
    number.setId("repair-receipt-number");
    number.addClassName("credit-receipt-number");
    Div receipt = new Div(new Paragraph(getTranslation("credit.repair.received", CaseFormats.dateTime(r.receivedAt(), getLocale()))),
        new Paragraph(getTranslation("credit.repair.receipt")), number,
        new Paragraph(getTranslation("credit.repair.due", String.valueOf(r.decisionDueOn()))));
    receipt.setId("repair-receipt");
    receipt.addClassNames("credit-card", "credit-receipt");
    Anchor back = new Anchor("credit", getTranslation("credit.back"));
    back.getElement().setAttribute("router-link", true);
    receipt.add(back);
    return receipt;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.repair.title") + " · " + getTranslation("app.title");
  }
}
