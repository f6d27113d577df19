package cn.ggzy.webui.cases;

import static cn.ggzy.webui.cases.ActionInput.DECISION;
import static cn.ggzy.webui.cases.ActionInput.DOCUMENTS;
import static cn.ggzy.webui.cases.ActionInput.GROUND;
import static cn.ggzy.webui.cases.ActionInput.INVITED;
import static cn.ggzy.webui.cases.ActionInput.OFFICER;
import static cn.ggzy.webui.cases.ActionInput.ORGAN;
import static cn.ggzy.webui.cases.ActionInput.ORGAN_NAME;
import static cn.ggzy.webui.cases.ActionInput.PAUSE_KIND;
import static cn.ggzy.webui.cases.ActionInput.REASON;
import static cn.ggzy.webui.cases.ActionInput.TEXT;
import static cn.ggzy.webui.cases.ActionInput.TO;
import static cn.ggzy.webui.cases.ActionInput.TOPIC;
import static cn.ggzy.webui.cases.ActionInput.WORKING_DAYS;

import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.OfficerDirectory.OfficerSummary;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import cn.ggzy.server.domain.model.enforcement.PauseKind;
import cn.ggzy.server.domain.model.enforcement.ReferralOrgan;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dialog content of one action: exactly the inputs that action needs (none for 受理, a ground
 * and a reason for 拟不予受理, an officer for 分派, ...). Confirming fires {@link SubmitEvent}
 * with the command, stamped with the version of the case the officer saw.
 */
public class ActionForm extends FormLayout implements FieldErrors {
  final CaseAction action;
  private final long version;
  private final List<ActionInput> inputs;
  final TextArea reason = new TextArea();
  final Select<NonAcceptanceGround> ground = new Select<>();
  final Select<OfficerSummary> officer = new Select<>();
  final Select<Department> to = new Select<>();
  final IntegerField workingDays = new IntegerField();
  final Select<PauseKind> pauseKind = new Select<>();
  final Select<ReferralOrgan> organ = new Select<>();
  final TextField organName = new TextField();
  final TextArea documents = new TextArea();
  final TextField topic = new TextField();
  final MultiSelectComboBox<Department> invited = new MultiSelectComboBox<>();
  final TextArea text = new TextArea();
  final DecisionFields decision;
  final Button confirm = new Button();
  final Button cancel = new Button();

  /** Deciding on acceptance of a complaint filed late: the officer is reminded before acting. */
  static boolean warnsOfLateFiling(CaseAction action, boolean lateFiling) {
    return lateFiling && (action == CaseAction.ACCEPT || action == CaseAction.PROPOSE_NON_ACCEPTANCE);
  }

  /** A warning shown above the inputs (a late complaint before acceptance). */
  public void warn(String text) {
    Paragraph warning = new Paragraph(text);
    warning.setId("action-warning");
    warning.addClassName("action-warning");
    warning.getElement().setAttribute("role", "alert");
    getElement().insertChild(0, warning.getElement());
  }

  public ActionForm(CaseAction action, long version, ActionChoices choices, Locale locale, Texts texts) {
    this.action = action;
    this.version = version;
    this.inputs = ActionInput.of(action);
    CaseVocabulary words = new CaseVocabulary(locale);
    addClassName("action-form");
    setId("action-form");
    setResponsiveSteps(new ResponsiveStep("0", 1));
    decision = new DecisionFields(texts, words);
    label(reason, "field-reason", texts.get(ActionInput.approval(action) ? "cases.input.opinion" : "cases.input.reason"));
    label(ground, "field-ground", texts.get("cases.input.ground"));
    ground.setItems(NonAcceptanceGround.values());
    ground.setItemLabelGenerator(words::ground);
    label(officer, "field-officer", texts.get("cases.input.officer"));
    officer.setItems(choices.officers());
    officer.setItemLabelGenerator(o -> o.displayName() + "（" + o.login() + "）");
    label(to, "field-to", texts.get("cases.input.to"));
    to.setItems(choices.departments());
    to.setItemLabelGenerator(d -> d.name(locale));
    label(workingDays, "field-workingDays", texts.get("cases.input.workingDays"));
    workingDays.setMin(1);
    workingDays.setStepButtonsVisible(true);
    workingDays.setHelperText(texts.get("cases.input.workingDays.help"));
    label(pauseKind, "field-kind", texts.get("cases.input.pauseKind"));
    pauseKind.setItems(Arrays.stream(PauseKind.values()).filter(k -> k != PauseKind.SUPPLEMENT).toList());
    pauseKind.setItemLabelGenerator(k -> words.pauseKind(k.name()));
    label(organ, "field-organ", texts.get("cases.input.organ"));
    organ.setItems(ReferralOrgan.values());
    organ.setItemLabelGenerator(o -> words.organ(o.name()));
    label(organName, "field-organName", texts.get("cases.input.organName"));
    label(documents, "field-documents", texts.get("cases.input.documents"));
    documents.setHelperText(texts.get("cases.input.documents.help"));
    label(topic, "field-topic", texts.get("cases.input.topic"));
    label(invited, "field-invited", texts.get("cases.input.invited"));
    invited.setItems(choices.departments());
    invited.setItemLabelGenerator(d -> d.name(locale));
    label(text, "field-text", inputs.contains(TEXT) ? texts.get("cases.input.text." + action.name()) : "");
    if (inputs.isEmpty()) {
      add(new Paragraph(texts.get("cases.action.confirm", words.action(action))));
    }
    for (ActionInput input : inputs) {
      add(component(input));
    }
    confirm.setText(words.action(action));
    confirm.setId("action-dialog-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(e -> fireEvent(new SubmitEvent(this, command())));
    cancel.setText(texts.get("form.cancel"));
    cancel.setId("action-dialog-cancel");
    cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
    add(new HorizontalLayout(confirm, cancel));
  }

  private Component component(ActionInput input) {
    return switch (input) {
      case REASON -> reason;
      case GROUND -> ground;
      case OFFICER -> officer;
      case TO -> to;
      case WORKING_DAYS -> workingDays;
      case PAUSE_KIND -> pauseKind;
      case ORGAN -> organ;
      case ORGAN_NAME -> organName;
      case DOCUMENTS -> documents;
      case TOPIC -> topic;
      case INVITED -> invited;
      case TEXT -> text;
      case DECISION -> decision;
    };
  }

  private static <C extends Component
      & InputField<?, ?> & HasValidation> void label(C field, String id,
      String label) {
    field.setId(id);
    field.setLabel(label);
    field.setWidthFull();
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  /** The command as typed: the fields of the other actions stay empty. */
  Command command() {
    return new Command(action, version,
        has(REASON) ? blankToNull(reason.getValue()) : null,
        has(GROUND) && ground.getValue() != null ? ground.getValue().name() : null,
        has(OFFICER) && officer.getValue() != null ? officer.getValue().login() : null,
        has(TO) && to.getValue() != null ? to.getValue().id().value() : null,
        has(WORKING_DAYS) ? workingDays.getValue() : null,
        has(PAUSE_KIND) && pauseKind.getValue() != null ? pauseKind.getValue().name() : null,
        has(ORGAN) && organ.getValue() != null ? organ.getValue().name() : null,
        has(ORGAN_NAME) ? blankToNull(organName.getValue()) : null,
        has(DOCUMENTS) ? documents.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList() : null,
        has(TOPIC) ? blankToNull(topic.getValue()) : null,
        has(INVITED) ? invited.getValue().stream().map(d -> d.id().value()).sorted().toList() : null,
        has(TEXT) ? blankToNull(text.getValue()) : null,
        has(DECISION) ? decision.value() : null);
  }

  /** The inputs shown, in order. */
  List<ActionInput> inputs() {
    return inputs;
  }

  private boolean has(ActionInput input) {
    return inputs.contains(input);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "reason" -> has(REASON) ? reason : null;
      case "ground" -> has(GROUND) ? ground : null;
      case "officer", "assignee" -> has(OFFICER) ? officer : null;
      case "to" -> has(TO) ? to : null;
      case "workingDays" -> has(WORKING_DAYS) ? workingDays : null;
      case "kind" -> has(PAUSE_KIND) ? pauseKind : has(DECISION) ? decision.kind : null;
      case "organ" -> has(ORGAN) ? organ : null;
      case "organName" -> has(ORGAN_NAME) ? organName : null;
      case "documents" -> has(DOCUMENTS) ? documents : null;
      case "topic" -> has(TOPIC) ? topic : null;
      case "invited" -> has(INVITED) ? invited : null;
      case "text", "items", "note", "conclusion" -> has(TEXT) ? text : has(DECISION) ? decision.text : null;
      default -> has(DECISION) ? decision.field(field) : null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The officer confirms the action with what was typed. */
  public static class SubmitEvent extends ComponentEvent<ActionForm> {
    private final Command command;

    SubmitEvent(ActionForm source, Command command) {
      super(source, false);
      this.command = command;
    }

    public Command command() {
      return command;
    }
  }

  /** The officer gave up. */
  public static class CancelEvent extends ComponentEvent<ActionForm> {
    CancelEvent(ActionForm source) {
      super(source, false);
    }
  }
}
