package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.DisqualificationInput;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * 提请取消评标资格: the case that found the violation, the facts found, the rules broken and the body
 * the letter is addressed to — the provincial or the prefectural bureau offered as choices, any other
 * body typed. Each field is required; what is typed goes as it is, and the backend's fault comes back
 * to its field.
 */
public class DisqualificationForm extends FormLayout implements FieldErrors {
  /** The bodies that keep experts' qualifications here, offered as the addressee. */
  static final List<String> ADDRESSEES = List.of("湖北省公共资源交易监督管理局", "黄冈市公共资源交易监督管理局");
  static final int CASE_NUMBER_MAX = 60;
  static final int FACTS_MAX = 1000;
  static final int LEGAL_BASIS_MAX = 200;
  static final int ADDRESSEE_MAX = 100;
  final TextField caseNumber = new TextField();
  final TextArea facts = new TextArea();
  final TextArea legalBasis = new TextArea();
  final ComboBox<String> addressee = new ComboBox<>();
  final FormStatus status = new FormStatus("expert-disqualification-status");
  final Button submit = new Button();
  private final List<String> addressees = new ArrayList<>(ADDRESSEES);
  private final Texts texts;
  private SerializableConsumer<DisqualificationInput> onRequest = r -> { };

  public DisqualificationForm(Texts texts) {
    this.texts = texts;
    setId("expert-disqualification-form");
    addClassNames("filing-form", "expert-form");
    caseNumber.setId("expert-disqualification-case-number");
    caseNumber.setLabel(texts.get("experts.disqualification.caseNumber"));
    caseNumber.setHelperText(texts.get("experts.disqualification.caseNumber.help"));
    caseNumber.setMaxLength(CASE_NUMBER_MAX);
    caseNumber.addValueChangeListener(e -> caseNumber.setInvalid(false));
    area(facts, "expert-disqualification-facts", "experts.disqualification.facts", FACTS_MAX);
    facts.setMinRows(4);
    area(legalBasis, "expert-disqualification-legal-basis", "experts.disqualification.legalBasis", LEGAL_BASIS_MAX);
    legalBasis.setHelperText(texts.get("experts.disqualification.legalBasis.help"));
    addressee.setId("expert-disqualification-addressee");
    addressee.setLabel(texts.get("experts.disqualification.addressee"));
    addressee.setHelperText(texts.get("experts.disqualification.addressee.help"));
    addressee.setItems(addressees);
    addressee.setAllowCustomValue(true);
    addressee.addCustomValueSetListener(e -> type(e.getDetail()));
    addressee.addValueChangeListener(e -> addressee.setInvalid(false));
    caseNumber.setRequiredIndicatorVisible(true);
    facts.setRequiredIndicatorVisible(true);
    legalBasis.setRequiredIndicatorVisible(true);
    addressee.setRequiredIndicatorVisible(true);
    submit.setId("expert-disqualification-submit");
    submit.setText(texts.get("experts.disqualification.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    submit.addClassName("filing-submit");
    submit.addClickListener(e -> submit());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(caseNumber, addressee, facts, legalBasis, status, submit);
    for (var c : List.of(facts, legalBasis, status, submit)) {
      setColspan(c, 2);
    }
  }

  private void area(TextArea area, String id, String labelKey, int maxLength) {
    area.setId(id);
    area.setLabel(texts.get(labelKey));
    area.setMaxLength(maxLength);
    area.setMinRows(2);
    area.addValueChangeListener(e -> area.setInvalid(false));
  }

  /** An addressee typed instead of chosen: it becomes a choice and the value. */
  void type(String typed) {
    String body = typed == null ? "" : typed.strip();
    if (body.isEmpty()) {
      addressee.clear();
      return;
    }
    if (!addressees.contains(body)) {
      addressees.add(body);
      addressee.setItems(addressees);
    }
    addressee.setValue(body);
  }

  public void onRequest(SerializableConsumer<DisqualificationInput> listener) {
    this.onRequest = listener;
  }

  /** The request as typed. */
  DisqualificationInput input() {
    return new DisqualificationInput(caseNumber.getValue().strip(), facts.getValue().strip(),
        legalBasis.getValue().strip(), addressee.getValue() == null ? "" : addressee.getValue().strip());
  }

  private void submit() {
    status.clear();
    DisqualificationInput input = input();
    boolean ok = required(caseNumber, input.caseNumber());
    ok &= required(facts, input.facts());
    ok &= required(legalBasis, input.legalBasis());
    ok &= required(addressee, input.addressee());
    if (ok) {
      onRequest.accept(input);
    }
  }

  private boolean required(HasValidation field, String value) {
    if (value.isEmpty()) {
      FieldErrors.mark(field, texts.get("filing.required"));
      return false;
    }
    return true;
  }

  /** Sent: the form is empty again (the addressee kept) and says so. */
  public void sent() {
    caseNumber.clear();
    facts.clear();
    legalBasis.clear();
    status.done(texts.get("experts.disqualification.sent"));
  }

  public void failed(String message) {
    status.failed(message);
  }

  /** The backend's fields: {@code caseNumber}, {@code facts}, {@code legalBasis}, {@code addressee}. */
  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "caseNumber" -> caseNumber;
      case "facts" -> facts;
      case "legalBasis" -> legalBasis;
      case "addressee" -> addressee;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
