package cn.ggzy.webui.experts;

import cn.ggzy.server.domain.model.expert.ExpertApplication.CertificateInput;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.DatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicant's certificates (职称证、执业资格证…), one block per certificate: name, number and
 * the last day it is valid (empty: no expiry). At least one block; more are added and removed with
 * buttons. The backend's faults arrive as {@code certificates[1].validUntil} and are marked there.
 */
class CertificateRows extends Div {
  static final int MAX = 10;
  private static final Pattern FIELD = Pattern.compile("certificates\\[(\\d+)]\\.(\\w+)");

  /** One certificate's fields. */
  static final class Row extends Div {
    final TextField name = new TextField();
    final TextField number = new TextField();
    final DatePicker validUntil;
    final Button remove = new Button(VaadinIcon.TRASH.create());

    Row(Texts texts) {
      addClassName("expert-row");
      name.setLabel(texts.get("experts.certificate.name"));
      name.setHelperText(texts.get("experts.certificate.name.help"));
      name.setMaxLength(100);
      name.setRequiredIndicatorVisible(true);
      name.addValueChangeListener(e -> name.setInvalid(false));
      number.setLabel(texts.get("experts.certificate.number"));
      number.setMaxLength(60);
      number.setRequiredIndicatorVisible(true);
      number.addValueChangeListener(e -> number.setInvalid(false));
      validUntil = DatePickers.any("expert-certificate-until", texts.get("experts.certificate.validUntil"), texts);
      validUntil.setHelperText(texts.get("experts.certificate.validUntil.help") + " " + texts.get("date.format"));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setText(texts.get("experts.certificate.remove"));
      add(name, number, validUntil, remove);
    }

    CertificateInput input() {
      LocalDate until = validUntil.getValue();
      return new CertificateInput(name.getValue().strip(), number.getValue().strip(),
          until == null ? "" : until.toString());
    }
  }

  final List<Row> rows = new ArrayList<>();
  final Button add = new Button();
  final Span error = new Span();
  private final Div list = new Div();
  private final String id;
  private final Texts texts;

  CertificateRows(String id, Texts texts) {
    this.id = id;
    this.texts = texts;
    setId(id);
    addClassName("expert-rows");
    list.addClassName("expert-rows-list");
    add.setId(id + "-add");
    add.setText(texts.get("experts.certificate.add"));
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
    Row row = new Row(texts);
    row.remove.addClickListener(e -> remove(row));
    rows.add(row);
    list.add(row);
    renumber();
    error.setVisible(false);
    return row;
  }

  private void remove(Row row) {
    if (rows.size() <= 1) {
      return;
    }
    rows.remove(row);
    list.remove(row);
    renumber();
  }

  /** Ids by position ({@code <id>-name-0}…); one block cannot be removed, ten cannot grow. */
  private void renumber() {
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      r.setId(id + "-" + i);
      r.name.setId(id + "-name-" + i);
      r.number.setId(id + "-number-" + i);
      r.validUntil.setId(id + "-until-" + i);
      r.remove.setId(id + "-remove-" + i);
      r.remove.setVisible(rows.size() > 1);
    }
    add.setEnabled(rows.size() < MAX);
  }

  /** The blocks as typed, empty ones left out. */
  List<CertificateInput> inputs() {
    return rows.stream().map(Row::input)
        .filter(c -> !c.name().isEmpty() || !c.number().isEmpty() || !c.validUntil().isEmpty()).toList();
  }

  /** A date the picker could not read: marked, and true (the form is not sent, as it would drop the date). */
  boolean markUnreadableDates() {
    boolean any = false;
    for (Row r : rows) {
      if (r.validUntil.isInvalid() && r.validUntil.getValue() == null) {
        FieldErrors.mark(r.validUntil, texts.get("date.bad"));
        any = true;
      }
    }
    return any;
  }

  /**
   * Marks the backend's fault: {@code certificates} (the list as a whole) below the blocks,
   * {@code certificates[i].name|number|validUntil} at that field. Indexes count the blocks sent,
   * which are the non-empty ones in order.
   */
  boolean showError(String field, String message) {
    if (field.equals("certificates")) {
      error.setText(message);
      error.setVisible(true);
      return true;
    }
    Matcher m = FIELD.matcher(field);
    if (!m.matches()) {
      return false;
    }
    List<Row> sent = rows.stream().filter(r -> {
      CertificateInput c = r.input();
      return !c.name().isEmpty() || !c.number().isEmpty() || !c.validUntil().isEmpty();
    }).toList();
    int index = Integer.parseInt(m.group(1));
    if (index >= sent.size()) {
      return false;
    }
    Row r = sent.get(index);
    HasValidation target = switch (m.group(2)) {
      case "name" -> r.name;
      case "number" -> r.number;
      case "validUntil" -> r.validUntil;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }
}
