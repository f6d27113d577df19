package cn.ggzy.webui.experts.console;

import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.filing.FilingFields;
import cn.ggzy.webui.publicsite.filing.FormStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A request for evaluation experts (抽取申请): the project and section, the tenderer, the agency and
 * the bidders (their staff are recused), the specialties with their counts, the tenderer's
 * representatives on the committee, when and where the evaluation starts (or remote, which also
 * draws consenting experts of other regions) and the months within which an expert does not serve
 * the same tenderer again. The backend checks the whole request at once (the committee: 5 or more,
 * odd, two thirds experts); its faults come back to their fields.
 */
public class DrawRequestForm extends FormLayout implements FieldErrors {
  static final int DEFAULT_RECENT_MONTHS = 6;
  final TextField projectName = new TextField();
  final TextField sectionCode = new TextField();
  final TextField sectionName = new TextField();
  final TextField tenderer = new TextField();
  final TextField agency = new TextField();
  final TextArea bidders = new TextArea();
  final QuotaRows quotas;
  final IntegerField representatives = new IntegerField();
  final DateTimePicker evaluationStart = new DateTimePicker();
  final TextField place = new TextField();
  final Checkbox remote = new Checkbox();
  final IntegerField recentMonths = new IntegerField();
  final FormStatus status = new FormStatus("draw-request-status");
  final Button submit = new Button();
  private final Texts texts;
  private SerializableConsumer<DrawRequest> onRequest = r -> { };

  public DrawRequestForm(Texts texts, SpecialtyNames names, LocalDateTime now) {
    this.texts = texts;
    this.quotas = new QuotaRows("draw-quota", texts, names);
    setId("draw-request-form");
    addClassNames("filing-form", "expert-form");
    text(projectName, "draw-request-project", "experts.field.project", 200);
    text(sectionCode, "draw-request-section-code", "experts.field.sectionCode", 60);
    text(sectionName, "draw-request-section-name", "experts.field.sectionName", 200);
    text(tenderer, "draw-request-tenderer", "experts.field.tenderer", 100);
    text(agency, "draw-request-agency", "experts.field.agency", 100);
    for (TextField f : new TextField[] {sectionCode, sectionName, tenderer}) {
      f.setRequiredIndicatorVisible(true);
    }
    bidders.setId("draw-request-bidders");
    bidders.setLabel(texts.get("experts.field.bidders"));
    bidders.setHelperText(texts.get("experts.field.bidders.help"));
    bidders.setMinRows(3);
    bidders.addValueChangeListener(e -> bidders.setInvalid(false));
    number(representatives, "draw-request-representatives", "experts.field.representatives", 0, 10);
    representatives.setHelperText(texts.get("experts.field.representatives.help"));
    representatives.setValue(0);
    evaluationStart.setId("draw-request-start");
    evaluationStart.setLabel(texts.get("experts.field.evaluationStart"));
    evaluationStart.setHelperText(texts.get("experts.field.evaluationStart.help"));
    evaluationStart.setStep(Duration.ofMinutes(30));
    evaluationStart.setMin(now);
    evaluationStart.setRequiredIndicatorVisible(true);
    evaluationStart.setDatePickerI18n(new DatePicker.DatePickerI18n()
        .setMonthNames(list(texts.get("date.months")))
        .setWeekdays(list(texts.get("date.weekdays")))
        .setWeekdaysShort(list(texts.get("date.weekdaysShort")))
        .setFirstDayOfWeek(1)
        .setToday(texts.get("date.today"))
        .setCancel(texts.get("date.cancel"))
        .setDateFormat("yyyy-MM-dd"));
    evaluationStart.addValueChangeListener(e -> evaluationStart.setInvalid(false));
    text(place, "draw-request-place", "experts.field.place", 200);
    remote.setId("draw-request-remote");
    remote.setLabel(texts.get("experts.field.remote"));
    remote.addValueChangeListener(e -> place.setRequiredIndicatorVisible(!e.getValue()));
    place.setRequiredIndicatorVisible(true);
    number(recentMonths, "draw-request-recent-months", "experts.field.recentMonths", 0, 36);
    recentMonths.setHelperText(texts.get("experts.field.recentMonths.help"));
    recentMonths.setValue(DEFAULT_RECENT_MONTHS);
    submit.setId("draw-request-submit");
    submit.setText(texts.get("experts.request.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClassName("filing-submit");
    submit.addClickListener(e -> submit());

    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    H3 section = heading("experts.request.section", "draw-request-section-heading");
    H3 units = heading("experts.request.units", "draw-request-units-heading");
    H3 panel = heading("experts.request.panel", "draw-request-panel-heading");
    H3 when = heading("experts.request.when", "draw-request-when-heading");
    add(section, projectName, sectionCode, sectionName, units, tenderer, agency, bidders, panel, quotas,
        representatives, recentMonths, when, evaluationStart, place, remote, status, submit);
    for (var c : List.of(section, projectName, units, bidders, panel, quotas, when, evaluationStart, remote, status,
        submit)) {
      setColspan(c, 2);
    }
  }

  private void text(TextField field, String id, String labelKey, int maxLength) {
    FilingFields.text(field, id, texts.get(labelKey), maxLength);
  }

  private void number(IntegerField field, String id, String labelKey, int min, int max) {
    field.setId(id);
    field.setLabel(texts.get(labelKey));
    field.setMin(min);
    field.setMax(max);
    field.setStepButtonsVisible(true);
    field.addValueChangeListener(e -> field.setInvalid(false));
  }

  private H3 heading(String key, String id) {
    return FilingFields.heading(texts.get(key), id);
  }

  public void onRequest(SerializableConsumer<DrawRequest> listener) {
    this.onRequest = listener;
  }

  /** The request as typed; the evaluation's start read in Beijing time. */
  DrawRequest request() {
    LocalDateTime start = evaluationStart.getValue();
    List<String> units = Arrays.stream(bidders.getValue().split("\\R")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    return new DrawRequest(trimmed(projectName), trimmed(sectionCode), trimmed(sectionName), trimmed(tenderer),
        trimmed(agency), units, quotas.quotas(), representatives.getValue() == null ? 0 : representatives.getValue(),
        start == null ? null : start.atZone(WorkingCalendar.ZONE).toInstant(), trimmed(place), remote.getValue(),
        recentMonths.getValue() == null ? -1 : recentMonths.getValue());
  }

  private void submit() {
    status.clear();
    quotas.clearError();
    if (!quotas.checkSpecialties()) {
      status.failed(texts.get("filing.fixFields"));
      return;
    }
    onRequest.accept(request());
  }

  public void failed(String message) {
    status.failed(message);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if (field.startsWith("quotas")) {
      return quotas.showError(field, message);
    }
    HasValidation target = switch (field) {
      case "projectName" -> projectName;
      case "sectionCode" -> sectionCode;
      case "sectionName" -> sectionName;
      case "tenderer" -> tenderer;
      case "agency" -> agency;
      case "bidders" -> bidders;
      case "tendererRepresentatives" -> representatives;
      case "evaluationStart" -> evaluationStart;
      case "place" -> place;
      case "recentMonths" -> recentMonths;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  private static String trimmed(TextField field) {
    String v = field.getValue().strip();
    return v.isEmpty() ? null : v;
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
  }
}
