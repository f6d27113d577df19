package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionRosters.InspectorInput;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Puts an officer on the inspector roster: login, enforcement certificate (执法证号) and its
 * valid-until date, declared interests as object codes; fires {@link Submitted}.
 */
public class InspectorForm extends FormLayout implements FieldErrors {
  final TextField login = new TextField();
  final TextField certificate = new TextField();
  final DatePicker validUntil = new DatePicker();
  final TextField relatives = new TextField();
  final TextField formerEmployers = new TextField();
  final Button save = new Button();

  public InspectorForm(Texts texts) {
    setId("inspector-form");
    login.setId("inspector-login");
    login.setLabel(texts.get("inspections.inspector.login"));
    certificate.setId("inspector-certificate");
    certificate.setLabel(texts.get("inspections.inspector.certificate"));
    validUntil.setId("inspector-valid-until");
    validUntil.setLabel(texts.get("inspections.inspector.validUntil"));
    relatives.setId("inspector-relatives");
    relatives.setLabel(texts.get("inspections.inspector.relatives"));
    relatives.setHelperText(texts.get("inspections.inspector.codes.help"));
    formerEmployers.setId("inspector-former-employers");
    formerEmployers.setLabel(texts.get("inspections.inspector.formerEmployers"));
    formerEmployers.setHelperText(texts.get("inspections.inspector.codes.help"));
    save.setId("inspector-save");
    save.setText(texts.get("inspections.inspector.save"));
    save.addClickListener(e -> ComponentUtil.fireEvent(this, new Submitted(this, new InspectorInput(
        login.getValue(), certificate.getValue(), validUntil.getValue(), codes(relatives),
        codes(formerEmployers)))));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3));
    add(login, certificate, validUntil, relatives, formerEmployers, save);
  }

  private static Set<String> codes(TextField field) {
    return Arrays.stream(field.getValue().split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  public Registration onSave(Consumer<InspectorInput> listener) {
    return Submitted.listen(this, listener);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "login" -> login;
      case "certificateNumber" -> certificate;
      case "validUntil" -> validUntil;
      case "relatives" -> relatives;
      case "formerEmployers" -> formerEmployers;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
