package cn.ggzy.webui.credit;

import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCreditViews.PublicSubjectDetail;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A subject's public credit page: what is published about it today, with reason, legal basis,
 * measures, period and the state of credit repair; printable (the print stylesheet hides the
 * navigation and buttons).
 */
@Route(value = "credit/subject/:region/:subject", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class CreditSubjectView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final PublicCredit credit;
  private final CreditLabels labels = new CreditLabels(this::getTranslation);
  private final CreditCards cards = new CreditCards(labels);
  private String title;

  @Inject
  public CreditSubjectView(PublicCredit credit) {
    this.credit = credit;
    addClassNames("credit-view", "credit-subject-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String region = event.getRouteParameters().get("region").orElse("");
    String subject = event.getRouteParameters().get("subject").orElse("");
    DomainErrors.run(() -> show(region, credit.subject(region, subject)), e -> {
      title = getTranslation("credit.subject.notFound");
      setHeading(title);
      Paragraph gone = new Paragraph(getTranslation("credit.subject.notFound.explanation"));
      gone.setId("credit-subject-gone");
      addContent(gone, back());
    });
  }

  private void show(String region, PublicSubjectDetail d) {
    title = d.subject().name();
    setHeading(title);
    Div meta = new Div();
    meta.setId("credit-subject-meta");
    meta.addClassName("credit-subject-meta");
    meta.add(new Paragraph(labels.kind(d.subject().kind()) + " · "
        + labels.identifier(d.subject().kind(), d.subject().identifier())));
    Paragraph asOf = new Paragraph(getTranslation("credit.asOf", String.valueOf(d.asOf())));
    asOf.addClassName("credit-as-of");
    Button print = new Button(getTranslation("credit.print"), VaadinIcon.PRINT.create(),
        e -> UI.getCurrent().getPage().executeJs("window.print()"));
    print.setId("credit-print");
    print.addClassName("credit-no-print");
    print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addContent(meta, asOf, print);
    if (!d.blacklist().isEmpty()) {
      addContent(new H3(getTranslation("credit.tab.blacklist")));
      d.blacklist().forEach(e -> addContent(cards.blackDetail(region, e, d.asOf())));
    }
    if (!d.redlist().isEmpty()) {
      addContent(new H3(getTranslation("credit.tab.redlist")));
      d.redlist().forEach(e -> addContent(cards.redDetail(e)));
    }
    addContent(back());
  }

  private Anchor back() {
    Anchor back = new Anchor("credit", getTranslation("credit.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("credit-back");
    back.addClassNames("service-back", "credit-no-print");
    return back;
  }

  @Override
  public String getPageTitle() {
    return (title == null ? getTranslation("entrance.credit.title") : title) + " · " + getTranslation("app.title");
  }
}
