package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.InspectionPlans.PlanInput;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A plan: scope (departments, kinds), how many, period, weights, team size, joint teams, recusal
 * months, checklist and conflict list. It never calls a service: saving fires {@link Submitted}
 * with the {@link PlanInput}.
 */
public class PlanForm extends FormLayout implements FieldErrors {
  final TextField title = new TextField();
  final CheckboxGroup<Department> departments = new CheckboxGroup<>();
  final CheckboxGroup<ObjectKind> kinds = new CheckboxGroup<>();
  final RadioButtonGroup<Selection.Mode> mode = new RadioButtonGroup<>();
  final IntegerField value = new IntegerField();
  final DatePicker from = new DatePicker();
  final DatePicker to = new DatePicker();
  final IntegerField complaintWeight = new IntegerField();
  final IntegerField lowCreditWeight = new IntegerField();
  final IntegerField teamSize = new IntegerField();
  final Checkbox joint = new Checkbox();
  final IntegerField recusalMonths = new IntegerField();
  final TextArea checklist = new TextArea();
  final TextArea conflicts = new TextArea();
  final Button save = new Button();
  private final Texts texts;

  public PlanForm(List<Department> scope, Locale locale, LocalDate today, Texts texts) {
    this.texts = texts;
    setId("plan-form");
    title.setId("plan-title");
    title.setLabel(texts.get("inspections.plan.title"));
    title.setRequiredIndicatorVisible(true);
    departments.setId("plan-departments");
    departments.setLabel(texts.get("inspections.plan.departments"));
    departments.setItems(scope);
    departments.setItemLabelGenerator(d -> d.name(locale));
    departments.setVisible(scope.size() > 1);
    if (scope.size() == 1) {
      departments.setValue(Set.of(scope.get(0)));
    }
    kinds.setId("plan-kinds");
    kinds.setLabel(texts.get("inspections.plan.kinds"));
    kinds.setItems(ObjectKind.values());
    kinds.setItemLabelGenerator(k -> texts.get("inspections.kind." + k.name()));
    kinds.setValue(EnumSet.allOf(ObjectKind.class));
    mode.setId("plan-mode");
    mode.setLabel(texts.get("inspections.plan.selection"));
    mode.setItems(Selection.Mode.values());
    mode.setItemLabelGenerator(m -> texts.get("inspections.mode." + m.name()));
    mode.setValue(Selection.Mode.PROPORTION);
    value.setId("plan-value");
    value.setLabel(texts.get("inspections.plan.value"));
    value.setValue(10);
    value.setHelperText(texts.get("inspections.plan.value.help"));
    from.setId("plan-from");
    from.setLabel(texts.get("inspections.plan.from"));
    from.setValue(today);
    to.setId("plan-to");
    to.setLabel(texts.get("inspections.plan.to"));
    to.setValue(today.plusMonths(1));
    number(complaintWeight, "plan-complaint-weight", "inspections.plan.complaintWeight", 3);
    number(lowCreditWeight, "plan-low-credit-weight", "inspections.plan.lowCreditWeight", 2);
    number(teamSize, "plan-team-size", "inspections.plan.teamSize", 2);
    number(recusalMonths, "plan-recusal-months", "inspections.plan.recusalMonths", 6);
    joint.setId("plan-joint");
    joint.setLabel(texts.get("inspections.plan.joint"));
    joint.setValue(scope.size() > 1);
    checklist.setId("plan-checklist");
    checklist.setLabel(texts.get("inspections.plan.checklist"));
    checklist.setHelperText(texts.get("inspections.plan.checklist.help"));
    checklist.setValue(texts.get("inspections.plan.checklist.default"));
    conflicts.setId("plan-conflicts");
    conflicts.setLabel(texts.get("inspections.plan.conflicts"));
    conflicts.setHelperText(texts.get("inspections.plan.conflicts.help"));
    save.setId("plan-save");
    save.setText(texts.get("inspections.plan.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(title, departments, kinds, mode, value, from, to, complaintWeight, lowCreditWeight, teamSize, recusalMonths,
        joint, checklist, conflicts, save);
    setColspan(title, 2);
    setColspan(checklist, 2);
    setColspan(conflicts, 2);
  }

  private void number(IntegerField field, String id, String label, int initial) {
    field.setId(id);
    field.setLabel(texts.get(label));
    field.setValue(initial);
    field.setStepButtonsVisible(true);
  }

  private void save() {
    List<Conflict> pairs = DomainErrors.orElse(this::conflicts, e -> null);
    if (pairs == null) {
      FieldErrors.mark(conflicts, texts.get("inspections.plan.conflicts.invalid"));
      return;
    }
    PlanInput input = new PlanInput(title.getValue(),
        departments.getValue().stream().map(d -> d.id().value()).sorted().toList(), kinds.getValue(),
        mode.getValue(), orZero(value), from.getValue(), to.getValue(), orZero(complaintWeight),
        orZero(lowCreditWeight), orZero(teamSize), joint.getValue(), orZero(recusalMonths),
        Arrays.stream(checklist.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(), pairs);
    ComponentUtil.fireEvent(this, new Submitted(this, input));
  }

  /** Lines "login,object code,note" (the note may be left out). */
  private List<Conflict> conflicts() {
    List<Conflict> pairs = new ArrayList<>();
    for (String line : conflicts.getValue().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("[,，]", 3);
      if (parts.length < 2) {
        throw new DomainException("inspection.field.invalid", "conflicts");
      }
      pairs.add(new Conflict(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : null));
    }
    return pairs;
  }

  private static int orZero(IntegerField field) {
    return field.getValue() == null ? 0 : field.getValue();
  }

  public Registration onSave(Consumer<PlanInput> listener) {
    return Submitted.listen(this, listener);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field.startsWith("conflicts") ? "conflicts" : field) {
      case "title" -> title;
      case "departments" -> departments;
      case "objectKinds" -> kinds;
      case "selection" -> value;
      case "periodTo", "periodFrom" -> to;
      case "complaintWeight" -> complaintWeight;
      case "lowCreditWeight" -> lowCreditWeight;
      case "teamSize" -> teamSize;
      case "recusalMonths" -> recusalMonths;
      case "checklist" -> checklist;
      case "conflicts" -> conflicts;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
