package cn.ggzy.webui.i18n;

import com.vaadin.flow.component.HasValidation;

/** A form that can show an error message next to one of its fields, named as the backend names it. */
@FunctionalInterface
public interface FieldErrors {
  /** Shows the message at the field; false when the form has no such field. */
  boolean showFieldError(String field, String message);

  FieldErrors NONE = (field, message) -> false;

  /** Marks {@code target} invalid with the message; false when there is no target. */
  static boolean mark(HasValidation target, String message) {
    if (target == null) {
      return false;
    }
    target.setErrorMessage(message);
    target.setInvalid(true);
    return true;
  }
}
