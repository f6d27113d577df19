package cn.ggzy.webui.admin.regions;

import static cn.ggzy.webui.admin.regions.FormFields.text;

import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/** Adds a region with its supervision office; fires {@link SaveEvent}. */
public class RegionForm extends FormLayout implements FieldErrors {
  final TextField code;
  final TextField nameZh;
  final TextField nameEn;
  final TextField caseNumberPrefix;
  final TextField officeNameZh;
  final TextField officeNameEn;
  final Button save = new Button();

  public RegionForm(Function<String, String> texts) {
    addClassName("region-form");
    code = text("region-code", "regions.code", texts);
    code.setHelperText(texts.apply("regions.code.help"));
    code.setMaxLength(6);
    nameZh = text("region-name-zh", "regions.nameZh", texts);
    nameEn = text("region-name-en", "regions.nameEn", texts);
    caseNumberPrefix = text("region-prefix", "regions.prefix", texts);
    caseNumberPrefix.setHelperText(texts.apply("regions.prefix.help"));
    officeNameZh = text("region-office-zh", "regions.officeNameZh", texts);
    officeNameEn = text("region-office-en", "regions.officeNameEn", texts);
    save.setText(texts.apply("regions.add"));
    save.setId("region-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, value())));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(code, caseNumberPrefix, nameZh, nameEn, officeNameZh, officeNameEn, save);
  }

  NewRegion value() {
    return new NewRegion(code.getValue().trim(), nameZh.getValue().trim(), nameEn.getValue().trim(),
        caseNumberPrefix.getValue().trim(), officeNameZh.getValue().trim(), officeNameEn.getValue().trim());
  }

  public void clear() {
    for (TextField f : new TextField[] {code, nameZh, nameEn, caseNumberPrefix, officeNameZh, officeNameEn}) {
      f.clear();
      f.setInvalid(false);
    }
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "code" -> code;
      case "name" -> nameZh;
      case "officeName" -> officeNameZh;
      default -> null;
    };
    return FormFields.showError(target, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** The administrator asks to add the region. */
  public static class SaveEvent extends ComponentEvent<RegionForm> {
    private final NewRegion region;

    SaveEvent(RegionForm source, NewRegion region) {
      super(source, false);
      this.region = region;
    }

    public NewRegion region() {
      return region;
    }
  }
}
