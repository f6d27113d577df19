package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertDraws.Invitation;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.publicsite.PublicDates;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.Serializable;
import java.util.Locale;

/**
 * An invitation to evaluate, as the invited expert reads it on the phone: the section, the
 * specialty, when and where (or remote), by when to answer; then 接受 or 不能参加 with the reason.
 * Once answered (or no longer open), the answer is shown instead of the buttons.
 */
public class InvitationReply extends Div implements FieldErrors {
  /** The expert's answer: accept, or decline with the reason. */
  @FunctionalInterface
  public interface Listener extends Serializable {
    void replied(boolean accept, String reason);
  }

  static final int REASON_MAX = 200;
  final TextArea reason = new TextArea();
  final Button accept = new Button();
  final Button decline = new Button();
  final Paragraph answer = new Paragraph();
  final FormStatus status = new FormStatus("expert-reply-status");
  final Div actions = new Div();
  private final Div facts = new Div();
  private final Texts texts;
  private final Locale locale;
  private final SpecialtyNames names;
  private Listener listener = (a, r) -> { };

  public InvitationReply(Texts texts, Locale locale, SpecialtyNames names) {
    this.texts = texts;
    this.locale = locale;
    this.names = names;
    setId("expert-invitation");
    addClassName("expert-invitation");
    facts.setWidthFull();
    answer.setId("expert-reply-answer");
    answer.addClassName("notice");
    reason.setId("expert-reply-reason");
    reason.setLabel(texts.get("experts.reply.reason"));
    reason.setHelperText(texts.get("experts.reply.reason.help"));
    reason.setMaxLength(REASON_MAX);
    reason.setWidthFull();
    reason.addValueChangeListener(e -> reason.setInvalid(false));
    accept.setId("expert-reply-accept");
    accept.setText(texts.get("experts.reply.accept"));
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    accept.addClassName("filing-submit");
    accept.addClickListener(e -> reply(true));
    decline.setId("expert-reply-decline");
    decline.setText(texts.get("experts.reply.decline"));
    decline.addThemeVariants(ButtonVariant.LUMO_LARGE);
    decline.addClassName("filing-submit");
    decline.addClickListener(e -> reply(false));
    actions.addClassName("expert-reply-actions");
    actions.add(accept, reason, decline);
    add(facts, answer, status, actions);
  }

  public void onReply(Listener listener) {
    this.listener = listener;
  }

  public void show(Invitation i) {
    facts.removeAll();
    Paragraph greeting = new Paragraph(texts.get("experts.reply.greeting", i.expertName()));
    greeting.setId("expert-reply-greeting");
    facts.add(greeting, new Facts()
        .line("expert-reply-section", texts.get("experts.field.section"), i.sectionName())
        .line("expert-reply-project", texts.get("experts.field.project"), i.projectName())
        .line("expert-reply-specialty", texts.get("experts.field.specialty"), names.name(i.specialty()))
        .line("expert-reply-start", texts.get("experts.field.evaluationStart"),
            PublicDates.dateTime(i.evaluationStart(), locale))
        .line("expert-reply-place", texts.get("experts.field.place"),
            i.remote() ? texts.get("experts.remote") : i.place())
        .line("expert-reply-by", texts.get("experts.reply.by"),
            i.replyBy() == null ? null : PublicDates.dateTime(i.replyBy(), locale)));
    boolean open = i.status() == AssignmentStatus.INVITED;
    actions.setVisible(open);
    answer.setText(texts.get("experts.reply.status." + i.status().name()));
    answer.setVisible(!open);
    answer.getElement().setAttribute("data-status", i.status().name());
    status.clear();
    setEnabled(true);
  }

  private void reply(boolean yes) {
    status.clear();
    String why = reason.getValue().strip();
    if (!yes && why.isEmpty()) {
      FieldErrors.mark(reason, texts.get("experts.reply.reason.required"));
      return;
    }
    listener.replied(yes, yes ? null : why);
  }

  /** A refusal the page cannot place at the reason (answered already, too late). */
  public void failed(String message) {
    status.failed(message);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return "reason".equals(field) && FieldErrors.mark(reason, message);
  }
}
