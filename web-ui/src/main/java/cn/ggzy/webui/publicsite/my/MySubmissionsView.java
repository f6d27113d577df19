package cn.ggzy.webui.publicsite.my;

import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.MySubmissions;
import cn.ggzy.server.application.MySubmissions.CodeSent;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicDates;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.publicsite.PublicPageClients;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import cn.ggzy.webui.publicsite.tracking.ProgressPanel;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 我的投诉: the filer gives the mobile number of their real-name complaints and reports, gets a
 * one-time code by SMS, and then sees all of them (newest first) and each one's progress, notices
 * and decision, without receipt numbers or access codes. The session lives in this page only.
 */
@Route(value = "my", layout = MainLayout.class)
@Dependent
public class MySubmissionsView extends ViewFrame implements HasDynamicTitle {
  private static final Logger LOG = Logger.getLogger(MySubmissionsView.class.getName());
  private final Texts texts = this::getTranslation;
  private final MySubmissions my;
  private final PublicClient client;
  private final TextField phone = new TextField();
  private final TextField code = new TextField();
  private final Button send = new Button();
  private final Button open = new Button();
  private final FormStatus status = new FormStatus("my-status-line");
  private final Div sign = new Div();
  private final Div list = new Div();
  private final ProgressPanel progress = new ProgressPanel(texts);
  private final Button back = new Button();
  private String token;

  @Inject
  public MySubmissionsView(MySubmissions my, PublicPageClients clients) {
    this.my = my;
    this.client = clients.current();
    addClassName("tracking-page");
    setHeading(getTranslation(Entrance.MY.text("title")));
    Paragraph explanation = new Paragraph(getTranslation(Entrance.MY.text("explanation")));
    explanation.setId("service-explanation");
    phone.setId("my-phone");
    phone.setLabel(getTranslation("my.phone"));
    phone.setMaxLength(20);
    phone.setWidthFull();
    phone.getElement().setAttribute("inputmode", "tel");
    phone.getElement().setAttribute("autocomplete", "tel");
    phone.addValueChangeListener(e -> phone.setInvalid(false));
    send.setText(getTranslation("my.sendCode"));
    send.setId("my-send-code");
    send.addClickListener(e -> sendCode());
    code.setId("my-code");
    code.setLabel(getTranslation("my.code"));
    code.setMaxLength(6);
    code.setWidthFull();
    code.getElement().setAttribute("inputmode", "numeric");
    code.getElement().setAttribute("autocomplete", "one-time-code");
    code.addValueChangeListener(e -> code.setInvalid(false));
    code.setVisible(false);
    open.setText(getTranslation("my.open"));
    open.setId("my-open");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    open.addClickShortcut(Key.ENTER);
    open.addClickListener(e -> verify());
    open.setVisible(false);
    sign.setId("my-sign-in");
    sign.addClassName("tracking-lookup");
    sign.add(phone, send, code, status, open);
    list.setId("my-list");
    list.addClassName("my-list");
    list.setVisible(false);
    progress.setVisible(false);
    progress.setNoticePdfs((receipt, kind) -> my.noticePdf(client.client(), token, receipt, kind));
    back.setText(getTranslation("my.backToList"));
    back.setId("my-back");
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.setVisible(false);
    back.addClickListener(e -> showList());
    addAttachListener(e -> client.learnDevice(e.getUI()));
    addContent(explanation, sign, list, progress, back);
  }

  private void sendCode() {
    status.clear();
    attempt(() -> my.sendCode(client.client(), phone.getValue())).ifPresent(this::codeSent);
  }

  private void codeSent(CodeSent sent) {
    status.done(getTranslation("my.codeSent", sent.maskedPhone(), sent.validSeconds() / 60));
    send.setText(getTranslation("my.sendAgain"));
    code.setVisible(true);
    open.setVisible(true);
    code.focus();
  }

  private void verify() {
    status.clear();
    attempt(() -> my.verify(client.client(), phone.getValue(), code.getValue())).ifPresent(session -> {
      token = session.token();
      code.clear();
      sign.setVisible(false);
      showList();
    });
  }

  private void showList() {
    progress.setVisible(false);
    back.setVisible(false);
    attempt(() -> my.submissions(client.client(), token)).ifPresent(all -> {
      list.removeAll();
      if (all.isEmpty()) {
        Paragraph none = new Paragraph(getTranslation("my.none"));
        none.setId("my-none");
        list.add(none);
      }
      all.forEach(t -> list.add(card(t)));
      list.setVisible(true);
    });
  }

  private Div card(Tracking t) {
    boolean en = Language.isEnglish(getLocale());
    Span title = new Span(getTranslation("kind." + t.kind().name()) + " · " + t.receiptNumber());
    title.addClassName("my-card-title");
    Span state = new Span(en ? t.statusEn() : t.statusZh());
    state.addClassName("my-card-status");
    Span when = new Span(PublicDates.dateTime(t.receivedAt(), getLocale()));
    Button look = new Button(getTranslation("my.look"), e -> showOne(t.receiptNumber()));
    look.setId("my-look-" + t.receiptNumber());
    look.addThemeVariants(ButtonVariant.LUMO_SMALL);
    look.getElement().setAttribute("aria-label", getTranslation("my.look") + " " + t.receiptNumber());
    Div card = new Div(title, state, when, look);
    card.setId("my-card-" + t.receiptNumber());
    card.addClassName("my-card");
    return card;
  }

  private void showOne(String receipt) {
    attempt(() -> my.submission(client.client(), token, receipt)).ifPresent(t -> {
      list.setVisible(false);
      progress.show(t, getLocale());
      progress.setVisible(true);
      back.setVisible(true);
    });
  }

  /** Runs a call; a refusal is shown at its field or on the status line; a session that ended starts over. */
  private <T> Optional<T> attempt(Supplier<T> call) {
    try {
      return DomainErrors.orElse(() -> Optional.of(call.get()), e -> {
        refused(e);
        return Optional.<T>empty();
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "my submissions unavailable: {0}", e.getClass().getName());
      status.failed(getTranslation("filing.unavailable.tracking"));
      return Optional.empty();
    }
  }

  private void refused(DomainException e) {
    if ("intake.my.session.expired".equals(e.code())) {
      token = null;
      list.setVisible(false);
      progress.setVisible(false);
      back.setVisible(false);
      sign.setVisible(true);
    }
    FieldErrors fields = (field, message) -> switch (field) {
      case "phone" -> FieldErrors.mark(phone, message);
      case "code" -> FieldErrors.mark(code, message);
      default -> false;
    };
    List<String> rest = PublicErrors.showAtFields(e, getLocale(), texts, fields);
    if (!rest.isEmpty()) {
      status.failed(String.join(" ", rest));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation(Entrance.MY.text("title")) + " · " + getTranslation("app.title");
  }
}
