package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;

/**
 * The receipt, shown once after a submission was stored: the receipt number, the access code with
 * a clear warning that it is shown only now, the PDF receipt (回执) and the way to the tracking
 * page. Nothing here is kept after the page is left.
 */
public class ReceiptPanel extends Div {
  final Span number = new Span();
  final Span code = new Span();
  final Paragraph warning = new Paragraph();
  final Paragraph replayed = new Paragraph();
  final Paragraph late = new Paragraph();
  final Anchor pdf;
  final Anchor tracking;

  public ReceiptPanel(Texts texts, Receipt receipt, Locale locale, DownloadHandler receiptPdf) {
    setId("receipt");
    addClassName("receipt");
    var icon = VaadinIcon.CHECK_CIRCLE.create();
    icon.addClassName("receipt-icon");
    H3 title = new H3(texts.get(receipt.kind() == Kind.REPORT ? "receipt.title.report" : "receipt.title.complaint"));
    title.addClassName("receipt-title");
    Div heading = new Div(icon, title);
    heading.addClassName("receipt-heading");
    Paragraph received = new Paragraph(texts.get("receipt.receivedAt",
        PublicDates.dateTime(receipt.receivedAt(), locale)));
    received.setId("receipt-received-at");

    number.setText(receipt.receiptNumber());
    number.setId("receipt-number");
    code.setText(receipt.accessCode());
    code.setId("receipt-access-code");
    Div secrets = new Div(line(texts.get("receipt.number"), number), line(texts.get("receipt.accessCode"), code));
    secrets.addClassName("receipt-secrets");

    warning.setText(texts.get("receipt.warning"));
    warning.setId("receipt-warning");
    warning.addClassNames("notice", "receipt-warning");
    warning.getElement().setAttribute("role", "alert");
    replayed.setText(texts.get("receipt.replayed"));
    replayed.setId("receipt-replayed");
    replayed.setVisible(receipt.replayed());
    late.setText(texts.get("receipt.late"));
    late.setId("receipt-late");
    late.addClassName("notice");
    late.setVisible(receipt.late());

    pdf = new Anchor(receiptPdf, AttachmentType.DOWNLOAD, texts.get("receipt.pdf"));
    pdf.setId("receipt-pdf");
    pdf.addClassName("receipt-action");
    Button copy = new Button(texts.get("receipt.copy"), VaadinIcon.COPY.create(), e -> copy(texts));
    copy.setId("receipt-copy");
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    tracking = new Anchor("tracking/" + receipt.receiptNumber(), texts.get("receipt.tracking"));
    tracking.getElement().setAttribute("router-link", true);
    tracking.setId("receipt-tracking");
    tracking.addClassName("receipt-action");
    Div actions = new Div(pdf, copy, tracking);
    actions.addClassName("receipt-actions");
    add(heading, received, secrets, warning, replayed, late, actions);
  }

  private static Div line(String label, Span value) {
    Span l = new Span(label);
    l.addClassName("receipt-label");
    value.addClassName("receipt-value");
    Div line = new Div(l, value);
    line.addClassName("receipt-line");
    return line;
  }

  /** Copies number and code to the clipboard where the browser allows it; else selects the code. */
  private void copy(Texts texts) {
    String both = texts.get("receipt.number") + " " + number.getText() + "\n"
        + texts.get("receipt.accessCode") + " " + code.getText();
    code.getElement().executeJs("""
        const select = () => { const r = document.createRange(); r.selectNodeContents(this);
          const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText($0).then(() => select(), select);
        } else { select(); }""", both);
  }
}
