package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Small helpers shared by the public forms (filings, expert applications) and the console's: field set-up, required checks, field names. */
public final class FilingFields {
  private FilingFields() {}

  public static void text(TextField field, String id, String label, int maxLength) {
    field.setId(id);
    field.setLabel(label);
    field.setMaxLength(maxLength);
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  /** A mobile number: the phone's numeric keyboard and autofill. */
  public static void phone(TextField field) {
    field.getElement().setAttribute("inputmode", "tel");
    field.getElement().setAttribute("autocomplete", "tel");
  }

  /** Marks an empty field; true when it has a value. */
  static boolean required(TextField field, Texts texts) {
    if (field.getValue().isBlank()) {
      FieldErrors.mark(field, texts.get("filing.required"));
      return false;
    }
    return true;
  }

  /** Marks an empty choice; true when one is chosen. */
  static boolean required(Select<?> field, Texts texts) {
    if (field.getValue() == null) {
      FieldErrors.mark(field, texts.get("filing.required"));
      return false;
    }
    return true;
  }

  /** A part heading inside a form. */
  public static H3 heading(String text, String id) {
    H3 heading = new H3(text);
    heading.setId(id);
    heading.addClassName("filing-heading");
    return heading;
  }

  /** These take the whole width on wide screens too. */
  static void wide(FormLayout form, Component... components) {
    for (Component c : components) {
      form.setColspan(c, 2);
    }
  }

  /** A backend field path without list indexes: {@code evidenceUploadIds[2]} → {@code evidenceUploadIds}. */
  static String base(String field) {
    return field.replaceAll("\\[\\d+]", "");
  }
}
