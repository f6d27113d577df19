package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A date field in the page's language, shown as 2026-12-18 (for the day something happened: never later than today). */
public final class DatePickers {
  private DatePickers() {}

  static DatePicker past(String id, String label, Texts texts, LocalDate today) {
    DatePicker picker = any(id, label, texts);
    picker.setMax(today);
    picker.setI18n(picker.getI18n().setMaxErrorMessage(texts.get("date.future")));
    return picker;
  }

  /** Any day (a certificate's last valid day, a suspension's end); the format is said below it. */
  public static DatePicker any(String id, String label, Texts texts) {
    DatePicker picker = new DatePicker(label);
    picker.setId(id);
    picker.setI18n(new DatePicker.DatePickerI18n()
        .setMonthNames(list(texts.get("date.months")))
        .setWeekdays(list(texts.get("date.weekdays")))
        .setWeekdaysShort(list(texts.get("date.weekdaysShort")))
        .setFirstDayOfWeek(1)
        .setToday(texts.get("date.today"))
        .setCancel(texts.get("date.cancel"))
        .setDateFormat("yyyy-MM-dd")
        .setBadInputErrorMessage(texts.get("date.bad")));
    // no grey sample date in the field (it looked filled in): the format is said below it
    picker.setHelperText(texts.get("date.format"));
    picker.addValueChangeListener(e -> picker.setInvalid(false));
    return picker;
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
  }
}
