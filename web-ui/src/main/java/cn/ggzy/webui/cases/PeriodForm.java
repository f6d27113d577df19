package cn.ggzy.webui.cases;

import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Locale;

/** The period of a timeliness report, this month by default; fires {@link PeriodEvent}. */
public class PeriodForm extends HorizontalLayout implements FieldErrors {
  final DatePicker from = new DatePicker();
  final DatePicker to = new DatePicker();
  final Button show = new Button();

  public PeriodForm(LocalDate today, Locale locale, Texts texts) {
    addClassName("period-form");
    setWrap(true);
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    from.setId("period-from");
    from.setLabel(texts.get("timeliness.from"));
    from.setLocale(locale);
    from.setValue(today.withDayOfMonth(1));
    to.setId("period-to");
    to.setLabel(texts.get("timeliness.to"));
    to.setLocale(locale);
    to.setValue(today);
    show.setText(texts.get("timeliness.show"));
    show.setId("period-show");
    show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    show.addClickListener(e -> {
      from.setInvalid(false);
      to.setInvalid(false);
      fireEvent(new PeriodEvent(this, from.getValue(), to.getValue()));
    });
    add(from, to, show);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return FieldErrors.mark("from".equals(field) ? from : "to".equals(field) ? to : null, message);
  }

  public Registration addPeriodListener(ComponentEventListener<PeriodEvent> listener) {
    return addListener(PeriodEvent.class, listener);
  }

  /** The officer asks for the report over this period. */
  public static class PeriodEvent extends ComponentEvent<PeriodForm> {
    private final LocalDate from;
    private final LocalDate to;

    PeriodEvent(PeriodForm source, LocalDate from, LocalDate to) {
      super(source, false);
      this.from = from;
      this.to = to;
    }

    public LocalDate from() {
      return from;
    }

    public LocalDate to() {
      return to;
    }
  }
}
