package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * What a 投诉 or 举报 is about, the same on both forms: the matter, the industry, the respondent,
 * the project (code, name, section) and the facts. Ids are {@code <form>-matter} etc.
 */
class MatterFields {
  static final int FACTS_MAX = 5000;
  final Select<Matter> matter = new Select<>();
  final Select<Industry> industry = new Select<>();
  final TextField respondent = new TextField();
  final TextField projectName = new TextField();
  final TextField projectCode = new TextField();
  final TextField section = new TextField();
  final TextArea facts = new TextArea();
  private final Texts texts;

  MatterFields(String form, Texts texts) {
    this.texts = texts;
    matter.setId(form + "-matter");
    matter.setLabel(texts.get("filing.matter"));
    matter.setItems(Matter.values());
    matter.setItemLabelGenerator(m -> texts.get("matter." + m.name()));
    matter.setRequiredIndicatorVisible(true);
    matter.setPlaceholder(texts.get("filing.choose"));
    matter.addValueChangeListener(e -> matter.setInvalid(false));
    industry.setId(form + "-industry");
    industry.setLabel(texts.get("filing.industry"));
    industry.setItems(Industry.values());
    industry.setItemLabelGenerator(i -> texts.get("industry." + i.name()));
    industry.setHelperText(texts.get("filing.industry.help"));
    industry.setPlaceholder(texts.get("filing.choose"));
    industry.addValueChangeListener(e -> industry.setInvalid(false));
    text(respondent, form + "-respondent", "filing.respondent." + form, 200);
    respondent.setHelperText(texts.get("filing.respondent.help." + form));
    text(projectName, form + "-project-name", "filing.projectName", 200);
    text(projectCode, form + "-project-code", "filing.projectCode", 64);
    projectCode.setHelperText(texts.get("filing.projectCode.help"));
    text(section, form + "-section", "filing.section", 100);
    facts.setId(form + "-facts");
    facts.setLabel(texts.get("filing.facts"));
    facts.setHelperText(texts.get("filing.facts.help." + form));
    facts.setMaxLength(FACTS_MAX);
    facts.setMinRows(5);
    facts.setRequiredIndicatorVisible(true);
    facts.addValueChangeListener(e -> facts.setInvalid(false));
  }

  private void text(TextField field, String id, String labelKey, int maxLength) {
    FilingFields.text(field, id, texts.get(labelKey), maxLength);
  }

  /** The fields in the order of the page (the facts come separately, after the form's own parts). */
  List<Component> subject() {
    return List.of(matter, industry, respondent, projectName, projectCode, section);
  }

  /** Marks the empty required ones; true when all are there. */
  boolean checkRequired() {
    boolean ok = true;
    if (matter.getValue() == null) {
      FieldErrors.mark(matter, texts.get("filing.required"));
      ok = false;
    }
    if (facts.getValue().isBlank()) {
      FieldErrors.mark(facts, texts.get("filing.required"));
      ok = false;
    }
    return ok;
  }

  /** The field the backend names, or null. */
  HasValidation field(String name) {
    return switch (name) {
      case "matter" -> matter;
      case "industry" -> industry;
      case "respondent" -> respondent;
      case "projectName" -> projectName;
      case "projectCode" -> projectCode;
      case "section" -> section;
      case "facts" -> facts;
      default -> null;
    };
  }

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
