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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's certificates (职称证、执业资格证…), one block per certificate: name, number and
 * the last day it is valid (empty: no expiry). At least one block; more are added and removed with
 * buttons ({@link RowList}). The backend's faults arrive as {@code certificates[1].validUntil} and
 * are marked there, counting the non-empty blocks.
 */
class CertificateRows extends RowList<CertificateRows.Row> {
  static final int MAX = 10;

  /** One certificate's fields. */
  static final class Row extends Div implements RowList.Row {
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

    boolean blank() {
      CertificateInput c = input();
      return c.name().isEmpty() && c.number().isEmpty() && c.validUntil().isEmpty();
    }

    @Override
    public Button removeButton() {
      return remove;
    }

    @Override
    public void number(String listId, int index) {
      setId(listId + "-" + index);
      name.setId(listId + "-name-" + index);
      number.setId(listId + "-number-" + index);
      validUntil.setId(listId + "-until-" + index);
    }

    @Override
    public HasValidation field(String field) {
      return switch (field) {
        case "name" -> name;
        case "number" -> number;
        case "validUntil" -> validUntil;
        default -> null;
      };
    }
  }

  private final Texts texts;

  CertificateRows(String id, Texts texts) {
    super(id, "certificates", texts.get("experts.certificate.add"), MAX);
    this.texts = texts;
    addRow();
  }

  @Override
  protected Row newRow() {
    return new Row(texts);
  }

  @Override
  public Row addRow() {
    Row row = super.addRow();
    error.setVisible(false);
    return row;
  }

  /** The blocks sent: the non-empty ones, in order. */
  @Override
  protected List<Row> sent() {
    return rows.stream().filter(r -> !r.blank()).toList();
  }

  /** The blocks as typed, empty ones left out. */
  List<CertificateInput> inputs() {
    return sent().stream().map(Row::input).toList();
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
}
