package cn.ggzy.webui.admin.regions;

import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;

/** Small helpers shared by the two forms of this package. */
final class FormFields {
  private FormFields() {}

  static TextField text(String id, String labelKey, Function<String, String> texts) {
    TextField field = new TextField(texts.apply(labelKey));
    field.setId(id);
    field.setRequired(true);
    field.addValueChangeListener(e -> field.setInvalid(false));
    return field;
  }

  static boolean showError(HasValidation target, String message) {
    return FieldErrors.mark(target, message);
  }
}
