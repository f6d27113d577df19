package cn.ggzy.webui.admin.calendars;

import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;

/** The region's case clocks in working days, within the legal ceilings; fires {@link SaveEvent}. */
public class DeadlineSettingsForm extends FormLayout implements FieldErrors {
  final IntegerField acceptance;
  final IntegerField completion;
  final Button save = new Button();
  private final CalendarYearList.Texts texts;

  public DeadlineSettingsForm(CalendarYearList.Texts texts) {
    this.texts = texts;
    addClassName("deadline-settings-form");
    acceptance = field("calendar-acceptance", "calendars.settings.acceptance", DeadlineSettings.ACCEPTANCE_CEILING);
    acceptance.setHelperText(texts.get("calendars.settings.acceptance.help"));
    completion = field("calendar-completion", "calendars.settings.completion", DeadlineSettings.COMPLETION_CEILING);
    completion.setHelperText(texts.get("calendars.settings.completion.help"));
    save.setText(texts.get("form.save"));
    save.setId("calendar-settings-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(acceptance, completion, save);
  }

  private IntegerField field(String id, String labelKey, int ceiling) {
    IntegerField field = new IntegerField(texts.get(labelKey));
    field.setId(id);
    field.setMin(1);
    field.setMax(ceiling);
    field.setStepButtonsVisible(true);
    field.setRequiredIndicatorVisible(true);
    field.addValueChangeListener(e -> field.setInvalid(false));
    return field;
  }

  public void show(DeadlineSettings settings) {
    acceptance.setValue(settings.acceptanceWorkingDays());
    completion.setValue(settings.completionWorkingDays());
  }

  private void save() {
    boolean missing = false;
    for (IntegerField f : new IntegerField[] {acceptance, completion}) {
      if (f.getValue() == null) {
        FieldErrors.mark(f, texts.get("calendars.settings.required"));
        missing = true;
      }
    }
    if (!missing) {
      fireEvent(new SaveEvent(this, acceptance.getValue(), completion.getValue()));
    }
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "acceptanceWorkingDays" -> acceptance;
      case "completionWorkingDays" -> completion;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** The leader asks to keep these clocks. */
  public static class SaveEvent extends ComponentEvent<DeadlineSettingsForm> {
    private final int acceptanceWorkingDays;
    private final int completionWorkingDays;

    SaveEvent(DeadlineSettingsForm source, int acceptanceWorkingDays, int completionWorkingDays) {
      super(source, false);
      this.acceptanceWorkingDays = acceptanceWorkingDays;
      this.completionWorkingDays = completionWorkingDays;
    }

    public int acceptanceWorkingDays() {
      return acceptanceWorkingDays;
    }

    public int completionWorkingDays() {
      return completionWorkingDays;
    }
  }
}
