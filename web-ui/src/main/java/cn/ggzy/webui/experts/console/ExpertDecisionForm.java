package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.Decision.Kind;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.DatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One decision of the office on an expert: what it does, the reason (required to reject, suspend and
 * let exit; a note otherwise) and, for a suspension, the last day of it. Which decisions a state
 * allows is {@link #allowed}, as the pool's rules have them.
 */
public class ExpertDecisionForm extends VerticalLayout implements FieldErrors {
  private static final Set<Kind> REASON_REQUIRED = EnumSet.of(Kind.REJECT, Kind.SUSPEND, Kind.EXIT);
  static final int REASON_MAX = 500;
  final Kind kind;
  final TextArea reason = new TextArea();
  final DatePicker until;
  final Button confirm = new Button();
  final Button cancel = new Button();
  private final Texts texts;
  private SerializableConsumer<Decision> onDecide = d -> { };

  /** Cancelling the form. */
  @FunctionalInterface
  public interface Cancel extends Serializable {
    void cancelled();
  }

  public ExpertDecisionForm(Texts texts, Kind kind, LocalDate today) {
    this.texts = texts;
    this.kind = kind;
    setPadding(false);
    setId("expert-decision-form");
    addClassName("expert-decision-form");
    Paragraph explanation = new Paragraph(texts.get("experts.decision.explain." + kind.name()));
    explanation.setId("expert-decision-explanation");
    explanation.addClassName("filing-note");
    reason.setId("expert-decision-reason");
    reason.setLabel(texts.get(reasonRequired(kind) ? "experts.decision.reason" : "experts.decision.note"));
    reason.setRequiredIndicatorVisible(reasonRequired(kind));
    reason.setMaxLength(REASON_MAX);
    reason.setMinRows(2);
    reason.setWidthFull();
    reason.addValueChangeListener(e -> reason.setInvalid(false));
    until = DatePickers.any("expert-decision-until", texts.get("experts.decision.until"), texts);
    until.setMin(today);
    until.setRequiredIndicatorVisible(true);
    until.setVisible(kind == Kind.SUSPEND);
    until.setWidthFull();
    confirm.setId("expert-decision-confirm");
    confirm.setText(texts.get("experts.decision." + kind.name()));
    confirm.addThemeVariants(kind == Kind.APPROVE || kind == Kind.REINSTATE || kind == Kind.REVIEW
        ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
    confirm.addClickListener(e -> submit());
    cancel.setId("expert-decision-cancel");
    cancel.setText(texts.get("experts.decision.cancel"));
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div buttons = new Div(confirm, cancel);
    buttons.addClassName("case-actions");
    add(explanation, until, reason, buttons);
  }

  /** What the office may decide on an expert in this state. */
  public static List<Kind> allowed(ExpertState state) {
    return switch (state) {
      case CANDIDATE -> List.of(Kind.APPROVE, Kind.REJECT, Kind.EXIT);
      case ACTIVE -> List.of(Kind.REVIEW, Kind.SUSPEND, Kind.EXIT);
      case SUSPENDED -> List.of(Kind.REINSTATE, Kind.REVIEW, Kind.SUSPEND, Kind.EXIT);
      case EXITED, REJECTED -> List.of();
    };
  }

  public static boolean reasonRequired(Kind kind) {
    return REASON_REQUIRED.contains(kind);
  }

  public void onDecide(SerializableConsumer<Decision> listener) {
    this.onDecide = listener;
  }

  public void onCancel(Cancel listener) {
    cancel.addClickListener(e -> listener.cancelled());
  }

  private void submit() {
    String why = reason.getValue().strip();
    boolean ok = true;
    if (reasonRequired(kind) && why.isEmpty()) {
      FieldErrors.mark(reason, texts.get("experts.decision.reason.required"));
      ok = false;
    }
    if (kind == Kind.SUSPEND && until.getValue() == null) {
      FieldErrors.mark(until, texts.get(until.isInvalid() ? "date.bad" : "filing.required"));
      ok = false;
    }
    if (ok) {
      onDecide.accept(new Decision(kind, kind == Kind.SUSPEND ? until.getValue() : null, why.isEmpty() ? null : why));
    }
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "reason" -> reason;
      case "until" -> until;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
