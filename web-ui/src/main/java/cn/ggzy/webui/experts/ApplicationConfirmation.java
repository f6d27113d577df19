package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool.ApplicationReceipt;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicDates;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * What the applicant sees once the application is stored: its number (to quote when asking), when
 * it was received, that the office reviews it and what follows. Nothing personal is echoed (the
 * resident ID above all).
 */
public class ApplicationConfirmation extends Div {
  final Span number = new Span();

  public ApplicationConfirmation(Texts texts, ApplicationReceipt receipt, Locale locale) {
    setId("expert-confirmation");
    addClassName("receipt");
    var icon = VaadinIcon.CHECK_CIRCLE.create();
    icon.addClassName("receipt-icon");
    H3 title = new H3(texts.get("experts.confirmation.title"));
    title.addClassName("receipt-title");
    Div heading = new Div(icon, title);
    heading.addClassName("receipt-heading");
    Paragraph received = new Paragraph(texts.get("experts.confirmation.receivedAt",
        PublicDates.dateTime(receipt.appliedAt(), locale)));
    received.setId("expert-confirmation-received");
    Span label = new Span(texts.get("experts.confirmation.number"));
    label.addClassName("receipt-label");
    number.setText(receipt.applicationId());
    number.setId("expert-application-number");
    number.addClassName("receipt-value");
    Div line = new Div(label, number);
    line.addClassName("receipt-line");
    Paragraph state = new Paragraph(texts.get("experts.confirmation.state",
        texts.get("experts.state." + receipt.state().name())));
    state.setId("expert-confirmation-state");
    Paragraph review = new Paragraph(texts.get("experts.confirmation.review"));
    review.setId("expert-confirmation-review");
    review.addClassName("notice");
    Anchor home = new Anchor(".", texts.get("service.backHome"));
    home.getElement().setAttribute("router-link", true);
    home.setId("expert-confirmation-home");
    home.addClassName("receipt-action");
    add(heading, received, line, state, review, home);
  }
}
