package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.CreditRecords.NewRecord;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Enters a credit record by hand (e.g. a performance rating): the subject, the kind, the facts, the
 * legal basis (required), an internal note that is never published, and the date. Fires
 * {@link SaveEvent}; a second person approves it afterwards.
 */
public class RecordForm extends FormLayout implements FieldErrors {
  final CreditSubjectFields subject;
  final Select<RecordKind> kind = new Select<>();
  final TextArea summary = new TextArea();
  final TextField legalBasis = new TextField();
  final TextArea internalNote = new TextArea();
  final DatePicker decidedOn = new DatePicker();
  final Button save = new Button();

  public RecordForm(Texts texts) {
    addClassName("credit-record-form");
    subject = new CreditSubjectFields(texts, "record");
    kind.setId("record-kind");
    kind.setLabel(texts.get("credit.console.recordKind"));
    kind.setItems(RecordKind.values());
    kind.setItemLabelGenerator(k -> texts.get("credit.recordKind." + k.name()));
    kind.setValue(RecordKind.GOOD_PERFORMANCE);
    summary.setId("record-summary");
    summary.setLabel(texts.get("credit.console.summary"));
    legalBasis.setId("record-legal-basis");
    legalBasis.setLabel(texts.get("credit.field.legalBasis"));
    legalBasis.setRequiredIndicatorVisible(true);
    internalNote.setId("record-internal-note");
    internalNote.setLabel(texts.get("credit.console.internalNote"));
    internalNote.setHelperText(texts.get("credit.console.internalNote.help"));
    decidedOn.setId("record-decided-on");
    decidedOn.setLabel(texts.get("credit.console.decidedOn"));
    save.setId("record-save");
    save.setText(texts.get("credit.console.record.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, new NewRecord(subject.kind.getValue(),
        subject.name.getValue(), subject.code(), subject.idNumber(), kind.getValue(), summary.getValue(),
        legalBasis.getValue(), internalNote.getValue(), decidedOn.getValue()))));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(subject.kind, subject.name, subject.creditCode, subject.residentId, kind, decidedOn, summary, legalBasis,
        internalNote, save);
    setColspan(summary, 2);
    setColspan(internalNote, 2);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "kind" -> kind;
      case "summary" -> summary;
      case "legalBasis" -> legalBasis;
      case "internalNote" -> internalNote;
      case "decidedOn" -> decidedOn;
      default -> subject.field(field);
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** The officer enters this record. */
  public static class SaveEvent extends ComponentEvent<RecordForm> {
    private final NewRecord record;

    SaveEvent(RecordForm source, NewRecord record) {
      super(source, false);
      this.record = record;
    }

    public NewRecord record() {
      return record;
    }
  }
}
