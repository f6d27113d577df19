package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Blacklisting.NewEntry;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.PublicationPeriod;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Puts the subject of a decision's record on the black list: class, reason, legal basis, measures,
 * first and last day of publication (both inclusive). The end field shows the range the class
 * allows for the chosen start. Fires {@link ListEvent}.
 */
public class ListingForm extends FormLayout implements FieldErrors {
  final Select<ListClass> listClass = new Select<>();
  final TextArea reason = new TextArea();
  final TextField legalBasis = new TextField();
  final CheckboxGroup<Measure> measures = new CheckboxGroup<>();
  final DatePicker start = new DatePicker();
  final DatePicker end = new DatePicker();
  final Button list = new Button();
  private final Texts texts;

  public ListingForm(Texts texts, String recordId, String recordLegalBasis, LocalDate decidedOn) {
    this.texts = texts;
    CreditLabels labels = new CreditLabels(texts);
    addClassName("credit-listing-form");
    listClass.setId("listing-class");
    listClass.setLabel(texts.get("credit.filter.class"));
    listClass.setItems(ListClass.values());
    listClass.setItemLabelGenerator(labels::listClass);
    listClass.setValue(ListClass.GENERAL);
    reason.setId("listing-reason");
    reason.setLabel(texts.get("credit.field.reason"));
    reason.setHelperText(texts.get("credit.console.public"));
    legalBasis.setId("listing-legal-basis");
    legalBasis.setLabel(texts.get("credit.field.legalBasis"));
    legalBasis.setValue(recordLegalBasis == null ? "" : recordLegalBasis);
    measures.setId("listing-measures");
    measures.setLabel(texts.get("credit.field.measures"));
    measures.setItems(Measure.values());
    measures.setItemLabelGenerator(m -> texts.get("credit.measure." + m.name()));
    start.setId("listing-start");
    start.setLabel(texts.get("credit.console.start"));
    start.setMin(decidedOn);
    start.setValue(decidedOn);
    end.setId("listing-end");
    end.setLabel(texts.get("credit.console.end"));
    listClass.addValueChangeListener(e -> range());
    start.addValueChangeListener(e -> range());
    range();
    list.setId("listing-save");
    list.setText(texts.get("credit.console.list"));
    list.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    list.addClickListener(e -> fireEvent(new ListEvent(this, new NewEntry(recordId, listClass.getValue(),
        reason.getValue(), legalBasis.getValue(), measures.getValue().isEmpty() ? EnumSet.noneOf(Measure.class)
            : EnumSet.copyOf(measures.getValue()), start.getValue(), end.getValue()))));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(listClass, legalBasis, reason, measures, start, end, list);
    setColspan(reason, 2);
    setColspan(measures, 2);
  }

  /** The allowed last days for the class from the chosen start, shown and enforced by the picker. */
  private void range() {
    if (start.getValue() == null || listClass.getValue() == null) {
      end.setHelperText(null);
      return;
    }
    LocalDate min = PublicationPeriod.lastDayOf(start.getValue(), listClass.getValue().minimumMonths());
    LocalDate max = PublicationPeriod.lastDayOf(start.getValue(), listClass.getValue().maximumMonths());
    end.setMin(min);
    end.setMax(max);
    end.setHelperText(texts.get("credit.console.end.help", String.valueOf(min), String.valueOf(max)));
    if (end.getValue() == null || end.getValue().isBefore(min) || end.getValue().isAfter(max)) {
      end.setValue(min);
    }
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "listClass" -> listClass;
      case "reason" -> reason;
      case "legalBasis" -> legalBasis;
      case "measures" -> measures;
      case "start" -> start;
      case "end" -> end;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addListListener(ComponentEventListener<ListEvent> listener) {
    return addListener(ListEvent.class, listener);
  }

  /** The officer lists the subject with these facts. */
  public static class ListEvent extends ComponentEvent<ListingForm> {
    private final NewEntry entry;

    ListEvent(ListingForm source, NewEntry entry) {
      super(source, false);
      this.entry = entry;
    }

    public NewEntry entry() {
      return entry;
    }
  }
}
