package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.webui.experts.RowList;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.List;

/**
 * The specialties a draw asks for, one row each: the specialty (a drawable code, found by typing
 * its code or name) and how many experts. Rows are added and removed with buttons ({@link RowList}); the backend's
 * faults ({@code quotas[1].count}, or {@code quotas} for the whole committee) are marked here.
 */
class QuotaRows extends RowList<QuotaRows.Row> {
  /** One specialty and its count. */
  static final class Row extends Div implements RowList.Row {
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

    @Override
    public Button removeButton() {
      return remove;
    }

    @Override
    public void number(String listId, int index) {
      specialty.setId(listId + "-specialty-" + index);
      count.setId(listId + "-count-" + index);
    }

    @Override
    public HasValidation field(String field) {
      return switch (field) {
        case "specialty" -> specialty;
        case "count" -> count;
        default -> null;
      };
    }
  }

  private final Texts texts;
  private final SpecialtyNames names;

  QuotaRows(String id, Texts texts, SpecialtyNames names) {
    super(id, "quotas", texts.get("experts.quota.add"), Integer.MAX_VALUE);
    this.texts = texts;
    this.names = names;
    addRow();
  }

  @Override
  protected Row newRow() {
    return new Row(texts, names);
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
  @Override
  protected List<Row> sent() {
    return rows.stream().filter(r -> r.specialty.getValue() != null)
        .sorted(Comparator.comparing((Row r) -> r.specialty.getValue().code())).toList();
  }

  List<SpecialtyQuota> quotas() {
    return sent().stream().map(Row::quota).toList();
  }
}
