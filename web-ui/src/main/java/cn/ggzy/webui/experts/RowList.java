package cn.ggzy.webui.experts;

import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks of fields a person adds and removes with buttons (certificates, a draw's specialties): at
 * least one block, at most {@code max}; a message for the list as a whole below the blocks; the
 * backend's faults {@code <list>} and {@code <list>[i].<field>} marked where they belong, counting
 * the blocks as they were sent ({@link #sent}). A subclass calls {@link #addRow} once at the end of
 * its constructor.
 *
 * @param <R> one block
 */
public abstract class RowList<R extends Component & RowList.Row> extends Div {
  /** One block: its remove button, its ids by position, its fields by the backend's names. */
  public interface Row {
    Button removeButton();

    /** Gives the block and its fields their ids for position {@code index} ({@code <list id>-<field>-<index>}). */
    void number(String listId, int index);

    /** The field the backend names ({@code name}, {@code count}, …), or null. */
    HasValidation field(String name);
  }

  public final List<R> rows = new ArrayList<>();
  public final Button add = new Button();
  public final Span error = new Span();
  private final Div list = new Div();
  private final String id;
  private final String listField;
  private final Pattern fields;
  private final int max;

  /**
   * @param listField the backend's name of the list ({@code certificates}, {@code quotas})
   * @param addText the add button's text
   */
  protected RowList(String id, String listField, String addText, int max) {
    this.id = id;
    this.listField = listField;
    this.fields = Pattern.compile(Pattern.quote(listField) + "\\[(\\d+)]\\.(\\w+)");
    this.max = max;
    setId(id);
    addClassName("expert-rows");
    list.addClassName("expert-rows-list");
    add.setId(id + "-add");
    add.setText(addText);
    add.setIcon(VaadinIcon.PLUS.create());
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.addClickListener(e -> addRow());
    error.setId(id + "-error");
    error.addClassName("form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    add(list, error, add);
  }

  /** A new, empty block. */
  protected abstract R newRow();

  /** The blocks the backend was sent, in the order it numbers them. */
  protected abstract List<R> sent();

  public R addRow() {
    R row = newRow();
    row.removeButton().addClickListener(e -> remove(row));
    rows.add(row);
    list.add(row);
    renumber();
    return row;
  }

  private void remove(R row) {
    if (rows.size() > 1) {
      rows.remove(row);
      list.remove(row);
      renumber();
    }
  }

  /** Ids by position; the only block cannot be removed, and the list stops growing at {@code max}. */
  private void renumber() {
    for (int i = 0; i < rows.size(); i++) {
      R r = rows.get(i);
      r.number(id, i);
      r.removeButton().setId(id + "-remove-" + i);
      r.removeButton().setVisible(rows.size() > 1);
    }
    add.setEnabled(rows.size() < max);
  }

  public void clearError() {
    error.setVisible(false);
  }

  /** Marks a fault of the backend; false when the field is not one of this list's. */
  public boolean showError(String field, String message) {
    if (field.equals(listField)) {
      error.setText(message);
      error.setVisible(true);
      return true;
    }
    Matcher m = fields.matcher(field);
    if (!m.matches()) {
      return false;
    }
    List<R> sent = sent();
    int index = Integer.parseInt(m.group(1));
    if (index >= sent.size()) {
      return false;
    }
    return FieldErrors.mark(sent.get(index).field(m.group(2)), message);
  }
}
