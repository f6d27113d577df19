package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionRosters.ObjectInput;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Enters one inspection object; fires {@link Submitted} with the {@link ObjectInput}. */
public class ObjectForm extends FormLayout implements FieldErrors {
  final TextField code = new TextField();
  final Select<ObjectKind> kind = new Select<>();
  final TextField name = new TextField();
  final Select<String> unit = new Select<>();
  final Checkbox complaints = new Checkbox();
  final Checkbox lowCredit = new Checkbox();
  final Button save = new Button();

  public ObjectForm(List<Department> departments, Locale locale, Texts texts) {
    setId("object-form");
    code.setId("object-code");
    code.setLabel(texts.get("inspections.object.code"));
    kind.setId("object-kind");
    kind.setLabel(texts.get("inspections.object.kind"));
    kind.setItems(ObjectKind.values());
    kind.setItemLabelGenerator(k -> texts.get("inspections.kind." + k.name()));
    kind.setValue(ObjectKind.PROJECT);
    name.setId("object-name");
    name.setLabel(texts.get("inspections.object.name"));
    List<String> units = new ArrayList<>(List.of(""));
    departments.forEach(d -> units.add(d.id().value()));
    unit.setId("object-unit");
    unit.setLabel(texts.get("inspections.object.unit"));
    unit.setHelperText(texts.get("inspections.object.unit.help"));
    unit.setItems(units);
    unit.setItemLabelGenerator(u -> u.isEmpty() ? texts.get("inspections.object.unit.none")
        : departments.stream().filter(d -> d.id().value().equals(u)).findFirst().map(d -> d.name(locale)).orElse(u));
    unit.setValue("");
    complaints.setId("object-complaints");
    complaints.setLabel(texts.get("inspections.object.complaints"));
    lowCredit.setId("object-low-credit");
    lowCredit.setLabel(texts.get("inspections.object.lowCredit"));
    save.setId("object-save");
    save.setText(texts.get("inspections.object.save"));
    save.addClickListener(e -> ComponentUtil.fireEvent(this, new Submitted(this, new ObjectInput(code.getValue(),
        kind.getValue(), name.getValue(), unit.getValue(), complaints.getValue(), lowCredit.getValue()))));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3));
    add(code, kind, name, unit, complaints, lowCredit, save);
  }

  public Registration onSave(Consumer<ObjectInput> listener) {
    return Submitted.listen(this, listener);
  }

  public void clear() {
    code.clear();
    name.clear();
    complaints.clear();
    lowCredit.clear();
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "code" -> code;
      case "kind" -> kind;
      case "name" -> name;
      case "supervisingUnit" -> unit;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
