package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specialties a draw asks for, one row each: the specialty (a drawable code, found by typing
 * its code or name) and how many experts. Rows are added and removed with buttons; the backend's
 * faults ({@code quotas[1].count}, or {@code quotas} for the whole committee) are marked here.
 */
class QuotaRows extends Div {
  private static final Pattern FIELD = Pattern.compile("quotas\\[(\\d+)]\\.(\\w+)");

  /** One specialty and its count. */
  static final class Row extends Div {
    final ComboBox<SpecialtyView> specialty = new ComboBox<>();
    final IntegerField count = new IntegerField();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    Row(Texts texts, SpecialtyNames names) {
      addClassName("expert-row");
      specialty.setLabel(texts.get("experts.quota.specialty"));
      specialty.setItems(names.drawable());
      specialty.setItemLabelGenerator(names::label);
      specialty.setPlaceholder(texts.get("filing.choose"));
      specialty.setRequiredIndicatorVisible(true);
      specialty.addValueChangeListener(e -> specialty.setInvalid(false));
      count.setLabel(texts.get("experts.quota.count"));
      count.setMin(1);
      count.setMax(25);
      count.setStepButtonsVisible(true);
      count.setRequiredIndicatorVisible(true);
      count.addValueChangeListener(e -> count.setInvalid(false));
      remove.setText(texts.get("experts.quota.remove"));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      add(specialty, count, remove);
    }

    boolean empty() {
      return specialty.getValue() == null && count.getValue() == null;
    }

    SpecialtyQuota quota() {
      return new SpecialtyQuota(specialty.getValue().code(), count.getValue() == null ? 0 : count.getValue());
    }
  }

  final List<Row> rows = new ArrayList<>();
  final Button add = new Button();
  final Span error = new Span();
  private final Div list = new Div();
  private final String id;
  private final Texts texts;
  private final SpecialtyNames names;

  QuotaRows(String id, Texts texts, SpecialtyNames names) {
    this.id = id;
    this.texts = texts;
    this.names = names;
    setId(id);
    addClassName("expert-rows");
    add.setId(id + "-add");
    add.setText(texts.get("experts.quota.add"));
    add.setIcon(VaadinIcon.PLUS.create());
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.addClickListener(e -> addRow());
    error.setId(id + "-error");
    error.addClassName("form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    add(list, error, add);
    addRow();
  }

  Row addRow() {
    Row row = new Row(texts, names);
    row.remove.addClickListener(e -> remove(row));
    rows.add(row);
    list.add(row);
    renumber();
    return row;
  }

  private void remove(Row row) {
    if (rows.size() > 1) {
      rows.remove(row);
      list.remove(row);
      renumber();
    }
  }

  private void renumber() {
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      r.specialty.setId(id + "-specialty-" + i);
      r.count.setId(id + "-count-" + i);
      r.remove.setId(id + "-remove-" + i);
      r.remove.setVisible(rows.size() > 1);
    }
  }

  /** A row with a count but no specialty is marked; true when every non-empty row names one. */
  boolean checkSpecialties() {
    boolean ok = true;
    for (Row r : rows) {
      if (!r.empty() && r.specialty.getValue() == null) {
        FieldErrors.mark(r.specialty, texts.get("filing.required"));
        ok = false;
      }
    }
    return ok;
  }

  /** The rows filled in, in the order the request keeps them (by specialty code), as the backend numbers them. */
  List<Row> sent() {
    return rows.stream().filter(r -> r.specialty.getValue() != null)
        .sorted(Comparator.comparing((Row r) -> r.specialty.getValue().code())).toList();
  }

  List<SpecialtyQuota> quotas() {
    return sent().stream().map(Row::quota).toList();
  }

  void clearError() {
    error.setVisible(false);
  }

  boolean showError(String field, String message) {
    if (field.equals("quotas")) {
      error.setText(message);
      error.setVisible(true);
      return true;
    }
    Matcher m = FIELD.matcher(field);
    if (!m.matches()) {
      return false;
    }
    List<Row> sent = sent();
    int index = Integer.parseInt(m.group(1));
    if (index >= sent.size()) {
      return false;
    }
    HasValidation target = switch (m.group(2)) {
      case "specialty" -> sent.get(index).specialty;
      case "count" -> sent.get(index).count;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
