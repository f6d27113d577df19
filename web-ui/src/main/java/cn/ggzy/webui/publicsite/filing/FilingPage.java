package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A public filing page: the rules of the service, the form, and in its place the receipt once the
 * submission is stored.
 */
abstract class FilingPage extends ViewFrame implements HasDynamicTitle {
  protected final Texts texts = this::getTranslation;
  protected final PublicIntake intake;
  protected final PublicClient client;
  protected final FilingFlow flow;
  private final Entrance entrance;
  private final Paragraph explanation;
  private Component form;

  protected FilingPage(Entrance entrance, PublicIntake intake, PublicPageClients clients, String storageName) {
    this.entrance = entrance;
    this.intake = intake;
    this.client = clients.current();
    this.flow = new FilingFlow(intake, client, texts, storageName);
    addClassName("filing-page");
    setHeading(getTranslation(entrance.text("title")));
    explanation = new Paragraph(getTranslation(entrance.text("explanation")));
    explanation.setId("service-explanation");
    explanation.addClassName("filing-explanation");
    addContent(explanation);
    addAttachListener(e -> flow.attach(e.getUI()));
  }

  protected void showForm(Component form) {
    this.form = form;
    addContent(form);
  }

  /** The form gives way to the receipt, which is shown this once. */
  protected void showReceipt(Receipt receipt) {
    remove(form);
    explanation.setVisible(false);
    DownloadHandler pdf = event -> {
      byte[] bytes = intake.receiptPdf(client.client(), receipt.receiptNumber(),
          receipt.accessCode());
      event.setFileName("回执-" + receipt.receiptNumber() + ".pdf");
      event.setContentType("application/pdf");
      event.setContentLength(bytes.length);
      event.getOutputStream().write(bytes);
    };
    ReceiptPanel panel = new ReceiptPanel(texts, receipt, getLocale(), pdf);
    addContent(panel);
    panel.scrollIntoView();
  }

  @Override
  public String getPageTitle() {
    return getTranslation(entrance.text("title")) + " · " + getTranslation("app.title");
  }
}
