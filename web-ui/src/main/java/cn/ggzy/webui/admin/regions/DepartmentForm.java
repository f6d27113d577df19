package cn.ggzy.webui.admin.regions;

import static cn.ggzy.webui.admin.regions.FormFields.text;

import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Adds an industry or member department to a region; fires {@link SaveEvent}. */
public class DepartmentForm extends FormLayout implements FieldErrors {
  final Select<Region> region = new Select<>();
  final TextField code;
  final TextField nameZh;
  final TextField nameEn;
  final RadioButtonGroup<DepartmentKind> kind = new RadioButtonGroup<>();
  final Button save = new Button();

  public DepartmentForm(List<Region> regions, Locale locale, Function<String, String> texts) {
    addClassName("department-form");
    region.setId("department-region");
    region.setLabel(texts.apply("departments.region"));
    region.setItems(regions);
    region.setItemLabelGenerator(r -> r.name(locale) + " " + r.code().value());
    region.addValueChangeListener(e -> region.setInvalid(false));
    if (regions.size() == 1) {
      region.setValue(regions.get(0));
    }
    code = text("department-code", "departments.code", texts);
    code.setHelperText(texts.apply("departments.code.help"));
    nameZh = text("department-name-zh", "departments.nameZh", texts);
    nameEn = text("department-name-en", "departments.nameEn", texts);
    kind.setId("department-kind");
    kind.setLabel(texts.apply("departments.kind"));
    kind.setItems(DepartmentKind.INDUSTRY_DEPARTMENT, DepartmentKind.MEMBER_DEPARTMENT);
    kind.setItemLabelGenerator(k -> texts.apply("departmentKind." + k.name()));
    kind.setValue(DepartmentKind.INDUSTRY_DEPARTMENT);
    save.setText(texts.apply("departments.add"));
    save.setId("department-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, value())));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(region, code, nameZh, nameEn, kind, save);
    setColspan(kind, 2);
  }

  NewDepartment value() {
    Region chosen = region.getValue();
    return new NewDepartment(chosen == null ? null : chosen.code(), code.getValue().trim(),
        nameZh.getValue().trim(), nameEn.getValue().trim(), kind.getValue());
  }

  /** Refreshes the regions offered, keeping the chosen one when it still exists. */
  public void setRegions(List<Region> regions) {
    var chosen = region.getValue() == null ? null : region.getValue().code();
    region.setItems(regions);
    regions.stream().filter(r -> r.code().equals(chosen)).findFirst().ifPresent(region::setValue);
  }

  public void clearDepartment() {
    code.clear();
    nameZh.clear();
    nameEn.clear();
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "region" -> region;
      case "code" -> code;
      case "name" -> nameZh;
      case "kind" -> kind;
      default -> null;
    };
    return FormFields.showError(target, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** The administrator asks to add the department. */
  public static class SaveEvent extends ComponentEvent<DepartmentForm> {
    private final NewDepartment department;

    SaveEvent(DepartmentForm source, NewDepartment department) {
      super(source, false);
      this.department = department;
    }

    public NewDepartment department() {
      return department;
    }
  }
}
