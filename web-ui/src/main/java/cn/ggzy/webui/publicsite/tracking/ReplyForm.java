package cn.ggzy.webui.publicsite.tracking;

import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.EvidenceUpload;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;

/**
 * The filer's answer to the officers and supplementary material (补正), anonymous or not; fires
 * {@link ReplyEvent} under a key that stays the same until the reply is stored, so that sending
 * again after a failure does not add it twice.
 */
public class ReplyForm extends Div implements FieldErrors {
  static final int TEXT_MAX = 2000;
  final TextArea text = new TextArea();
  final EvidenceUpload supplement;
  final FormStatus status = new FormStatus("tracking-reply-status");
  final Button send = new Button();
  private final Texts texts;
  private String key = UUID.randomUUID().toString();

  public ReplyForm(Texts texts) {
    this.texts = texts;
    this.supplement = new EvidenceUpload("tracking-supplement", texts);
    setId("tracking-reply");
    addClassName("tracking-reply");
    H3 heading = new H3(texts.get("tracking.reply.title"));
    heading.addClassName("tracking-heading");
    text.setId("tracking-reply-text");
    text.setLabel(texts.get("tracking.reply.text"));
    text.setMaxLength(TEXT_MAX);
    text.setMinRows(3);
    text.setWidthFull();
    text.addValueChangeListener(e -> text.setInvalid(false));
    supplement.setCaption(texts.get("tracking.reply.supplement"), false);
    send.setText(texts.get("tracking.reply.send"));
    send.setId("tracking-reply-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClassName("filing-submit");
    send.addClickListener(e -> send());
    add(heading, text, supplement, status, send);
  }

  public EvidenceUpload supplement() {
    return supplement;
  }

  private void send() {
    status.clear();
    if (text.getValue().isBlank() && supplement.isEmpty()) {
      status.failed(texts.get("tracking.reply.empty"));
      return;
    }
    fireEvent(new ReplyEvent(this, new ReplyInput(key, text.getValue().isBlank() ? null : text.getValue().trim(),
        supplement.uploadIds())));
  }

  public void working(String message) {
    send.setEnabled(false);
    status.working(message);
  }

  public void failed(String message) {
    send.setEnabled(true);
    status.failed(message);
  }

  /** The reply is stored: the form empties and the next reply gets a new key. */
  public void sent(String message) {
    key = UUID.randomUUID().toString();
    text.clear();
    supplement.clear();
    send.setEnabled(true);
    status.clear();
    status.done(message);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if (field.startsWith("uploadIds")) {
      supplement.showError(message);
      return true;
    }
    return field.equals("text") && FieldErrors.mark(text, message);
  }

  public Registration addReplyListener(ComponentEventListener<ReplyEvent> listener) {
    return addListener(ReplyEvent.class, listener);
  }

  /** The filer sends this answer and/or these files. */
  public static class ReplyEvent extends ComponentEvent<ReplyForm> {
    private final ReplyInput input;

    ReplyEvent(ReplyForm source, ReplyInput input) {
      super(source, false);
      this.input = input;
    }

    public ReplyInput input() {
      return input;
    }
  }
}
