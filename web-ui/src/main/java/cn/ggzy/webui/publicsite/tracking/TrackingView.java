package cn.ggzy.webui.publicsite.tracking;

import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.notifications.WebPushSubscription;
import cn.ggzy.webui.publicsite.Entrance;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.publicsite.PublicPageClients;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 进度查询 ({@code tracking}, {@code tracking/<receipt number>}): with the access code, the
 * progress of a 投诉 or 举报, the officers' messages, and the filer's reply and 补正. The code is
 * kept only in this page while it is open.
 */
@Route(value = "tracking/:receipt?", layout = MainLayout.class)
@Dependent
public class TrackingView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(TrackingView.class.getName());
  private final Texts texts = this::getTranslation;
  private final PublicIntake intake;
  private final PublicClient client;
  private final Paragraph explanation = new Paragraph();
  private final LookupForm lookup = new LookupForm(texts);
  private final ProgressPanel progress = new ProgressPanel(texts);
  private final ReplyForm reply = new ReplyForm(texts);
  private final Button leave = new Button();
  private final Button notify = new Button();
  private final Span notifyState = new Span();
  private String receiptNumber;
  private String accessCode;

  @Inject
  public TrackingView(PublicIntake intake, PublicPageClients clients) {
    this.intake = intake;
    this.client = clients.current();
    addClassName("tracking-page");
    setHeading(getTranslation(Entrance.TRACKING.text("title")));
    explanation.setText(getTranslation(Entrance.TRACKING.text("explanation")));
    explanation.setId("service-explanation");
    Limits limits = intake.limits();
    reply.supplement().setLimits(limits);
    reply.supplement().setStore((id, name, content) -> intake.uploadWhole(client.client(), id, name, content));
    reply.setVisible(false);
    leave.setText(texts.get("tracking.leave"));
    leave.setId("tracking-leave");
    leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    leave.setVisible(false);
    leave.addClickListener(e -> leave());
    lookup.addLookupListener(e -> look(e.receiptNumber(), e.accessCode()));
    reply.addReplyListener(e -> reply(e.input()));
    progress.setNoticePdfs((receipt, kind) -> intake.noticePdf(client.client(), receipt, accessCode, kind));
    notify.setText(texts.get("tracking.notify"));
    notify.setId("tracking-notify");
    notify.setIcon(VaadinIcon.BELL_O.create());
    notify.setVisible(false);
    notify.addClickListener(e -> subscribe());
    notifyState.setId("tracking-notify-state");
    notifyState.addClassName("filing-note");
    notifyState.getElement().setAttribute("role", "status");
    addAttachListener(e -> client.learnDevice(e.getUI()));
    addContent(explanation, lookup, progress, notify, notifyState, reply, leave);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getRouteParameters().get("receipt").ifPresent(lookup::setReceiptNumber);
  }

  private void look(String number, String code) {
    try {
      DomainErrors.run(() -> {
        Tracking tracking = intake.track(client.client(), number, code);
        receiptNumber = number;
        accessCode = code;
        show(tracking);
      }, e -> lookup.failed(PublicErrors.message(e, getLocale(), texts)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "tracking unavailable: {0}", e.getClass().getName());
      lookup.failed(texts.get("filing.unavailable.tracking"));
    }
  }

  private void reply(ReplyInput input) {
    reply.working(texts.get("filing.sending"));
    try {
      DomainErrors.run(() -> {
        show(intake.reply(client.client(), receiptNumber, accessCode, input));
        reply.sent(texts.get("tracking.reply.sent"));
      }, e -> {
        List<String> rest = PublicErrors.showAtFields(e, getLocale(), texts, reply);
        reply.failed(rest.isEmpty() ? texts.get("filing.fixFields") : String.join(" ", rest));
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reply not stored: {0}", e.getClass().getName());
      reply.failed(texts.get("filing.unavailable"));
    }
  }

  /**
   * Web Push to this browser when the case moves (opt-in): the browser asks the filer's permission,
   * subscribes through the site's service worker, and the subscription is stored with the receipt.
   */
  private void subscribe() {
    Optional<String> key = intake.pushKey();
    if (key.isEmpty()) {
      notifyState.setText(texts.get("tracking.notify.unsupported"));
      return;
    }
    String number = receiptNumber;
    String code = accessCode;
    getUI().ifPresent(ui -> WebPushSubscription.subscribe(ui, key.get(), sub -> DomainErrors.run(() -> {
      intake.subscribe(client.client(), number, code, new PushSubscriptionInput(sub.endpoint(), sub.p256dh(),
          sub.auth()));
      notifyState.setText(texts.get("tracking.notify.on"));
      notify.setEnabled(false);
    }, e -> notifyState.setText(PublicErrors.message(e, getLocale(), texts))),
        refused -> notifyState.setText(texts.get("tracking.notify." + ("denied".equals(refused)
            ? "denied" : "unsupported")))));
  }

  private void show(Tracking tracking) {
    explanation.setVisible(false);
    notify.setVisible(true);
    lookup.setVisible(false);
    progress.show(tracking, getLocale());
    reply.setVisible(true);
    leave.setVisible(true);
  }

  /** Forgets the code and returns to the empty lookup. */
  private void leave() {
    receiptNumber = null;
    accessCode = null;
    notify.setVisible(false);
    notify.setEnabled(true);
    notifyState.setText("");
    progress.removeAll();
    progress.setVisible(false);
    reply.setVisible(false);
    leave.setVisible(false);
    explanation.setVisible(true);
    lookup.reset();
    lookup.setVisible(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation(Entrance.TRACKING.text("title")) + " · " + getTranslation("app.title");
  }
}
