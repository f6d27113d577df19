package cn.ggzy.webui.admin.calendars;

import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enters a year's State Council notice by hand, for an office without the holiday-cn file: the
 * year, the notice's web address and one line a day ("2027-01-01 元旦 休", "2027-02-20 春节 班").
 * A line that cannot be read, and the backend's refusals ({@code days[3].date}), are shown with the
 * line number; fires {@link EnteredEvent}.
 */
public class NoticeEntryForm extends VerticalLayout implements FieldErrors {
  /** One day a line: date, name, 休 (off) or 班 (adjusted working day). */
  static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s+(\\S.*?)\\s+(休|班|off|work)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIELD = Pattern.compile("days\\[(\\d+)\\].*");

  final IntegerField year = new IntegerField();
  final TextField paper = new TextField();
  final TextArea days = new TextArea();
  final Button save = new Button();
  private final CalendarYearList.Texts texts;

  public NoticeEntryForm(CalendarYearList.Texts texts) {
    this.texts = texts;
    setPadding(false);
    addClassName("notice-entry");
    year.setId("calendar-entry-year");
    year.setLabel(texts.get("calendars.entry.year"));
    year.setMin(HolidayNotice.FIRST_YEAR);
    year.setMax(HolidayNotice.LAST_YEAR);
    year.setStepButtonsVisible(true);
    paper.setId("calendar-entry-paper");
    paper.setLabel(texts.get("calendars.entry.paper"));
    paper.setPlaceholder("https://www.gov.cn/zhengce/…");
    paper.setWidthFull();
    days.setId("calendar-entry-days");
    days.setLabel(texts.get("calendars.entry.days"));
    days.setHelperText(texts.get("calendars.entry.days.help"));
    days.setWidthFull();
    days.setMinHeight("10em");
    save.setId("calendar-entry-save");
    save.setText(texts.get("calendars.entry.save"));
    save.addClickListener(e -> submit());
    add(year, paper, days, save);
  }

  /** Proposes the year to enter, e.g. 2027. */
  public void suggestYear(int value) {
    if (year.isEmpty()) {
      year.setValue(value);
    }
  }

  void submit() {
    year.setInvalid(false);
    paper.setInvalid(false);
    days.setInvalid(false);
    if (year.getValue() == null) {
      FieldErrors.mark(year, texts.get("calendars.entry.year.required"));
      return;
    }
    List<HolidayNotice.Day> entered = new ArrayList<>();
    String[] lines = days.getValue() == null ? new String[0] : days.getValue().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      HolidayNotice.Day day = day(lines[i].strip());
      if (day == null) {
        FieldErrors.mark(days, texts.get("calendars.entry.line", i + 1));
        return;
      }
      entered.add(day);
    }
    String address = paper.getValue() == null ? "" : paper.getValue().strip();
    fireEvent(new EnteredEvent(this, year.getValue(), address.isEmpty() ? List.of() : List.of(address), entered));
  }

  /** A line as a day, or null when it is not "date name 休|班". */
  static HolidayNotice.Day day(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String[] parts = m.group(1).split("-");
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
          Integer.parseInt(parts[2]));
      String kind = m.group(3);
      return new HolidayNotice.Day(m.group(2).strip(), date, kind.equals("休") || kind.equalsIgnoreCase("off"));
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Override
  public boolean showFieldError(String field, String message) {
    if ("year".equals(field)) {
      return FieldErrors.mark(year, message);
    }
    if (field != null && field.startsWith("papers")) {
      return FieldErrors.mark(paper, message);
    }
    Matcher day = DAY_FIELD.matcher(field == null ? "" : field);
    if (day.matches()) {
      return FieldErrors.mark(days, texts.get("calendars.entry.lineError", dayLine(Integer.parseInt(day.group(1))),
          message));
    }
    if ("days".equals(field)) {
      return FieldErrors.mark(days, message);
    }
    return false;
  }

  /** The line number (from 1) of the {@code index}th day entered, blank lines counted. */
  private int dayLine(int index) {
    String[] lines = days.getValue() == null ? new String[0] : days.getValue().split("\\R");
    int seen = -1;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && ++seen == index) {
        return i + 1;
      }
    }
    return index + 1;
  }

  public Registration addEnteredListener(ComponentEventListener<EnteredEvent> listener) {
    return addListener(EnteredEvent.class, listener);
  }

  /** A notice was entered: its year, papers and days. */
  public static class EnteredEvent extends ComponentEvent<NoticeEntryForm> {
    private final int year;
    private final List<String> papers;
    private final List<HolidayNotice.Day> days;

    EnteredEvent(NoticeEntryForm source, int year, List<String> papers, List<HolidayNotice.Day> days) {
      super(source, false);
      this.year = year;
      this.papers = List.copyOf(papers);
      this.days = List.copyOf(days);
    }

    public int year() {
      return year;
    }

    public List<String> papers() {
      return papers;
    }

    public List<HolidayNotice.Day> days() {
      return days;
    }
  }
}
