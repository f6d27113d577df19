package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Function;

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

  /**
   * Checks a field as soon as it is left, not only on sending: {@code problem} answers the message
   * code of what is wrong with the trimmed value ({@code filing.*} of the page's texts, other codes
   * of the application's messages), or null when it is fine.
   */
  public static void checkOnLeave(TextField field, Texts texts, Function<String, String> problem) {
    field.addBlurListener(e -> {
      String code = problem.apply(field.getValue() == null ? "" : field.getValue().strip());
      if (code != null) {
        FieldErrors.mark(field, code.startsWith("filing.") ? texts.get(code)
            : Messages.text(code, field.getUI().map(UI::getLocale).orElse(Messages.CHINESE)));
      }
    });
  }

  /** A value is needed. */
  public static String requiredProblem(String value) {
    return value.isBlank() ? "filing.required" : null;
  }

  /** A mobile number is needed ({@code optional}: unless left empty). */
  public static String mobileProblem(String value, boolean optional) {
    if (value.isBlank()) {
      return optional ? null : "filing.required";
    }
    String n = Identifiers.normaliseMobile(value);
    return n != null && Identifiers.isMobile(n) ? null : "intake.phone.invalid";
  }

  /** A resident ID number (GB 11643: shape, birth date, check digit); {@code optional}: unless empty. */
  public static String residentIdProblem(String value, boolean optional, LocalDate today) {
    if (value.isBlank()) {
      return optional ? null : "filing.required";
    }
    return Identifiers.residentIdProblem(Identifiers.normaliseResidentId(value), today).orElse(null);
  }

  /** A unified social credit code (GB 32100); {@code optional}: unless empty. */
  public static String creditCodeProblem(String value, boolean optional) {
    if (value.isBlank()) {
      return optional ? null : "filing.required";
    }
    return Identifiers.creditCodeProblem(Identifiers.normaliseCreditCode(value)).orElse(null);
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
