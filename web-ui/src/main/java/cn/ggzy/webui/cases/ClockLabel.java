package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A case clock as an officer reads it: the deadline, and how it stands today ("剩余3个工作日",
 * "今日到期", "已超期2个工作日", "计时暂停", or why it cannot be computed).
 *
 * @param due the deadline ("2026年12月18日 24:00"), marked when provisional (counted without the
 *     next year's holiday notice), empty when there is none
 * @param state how the clock stands, empty when it is not running
 * @param tone what the state means, for its colour
 */
public record ClockLabel(String due, String state, Tone tone) {
  /** The meaning of a clock's state. */
  public enum Tone { RUNNING, DUE_TODAY, OVERDUE, PAUSED, STOPPED, UNKNOWN }

  public static ClockLabel of(Clock clock, Locale locale, Texts texts) {
    if (clock == null) {
      return new ClockLabel("", "", Tone.STOPPED);
    }
    if (clock.due() == null && clock.missingCalendarYear() != null) {
      return new ClockLabel("", texts.get("cases.clock.missingCalendar", String.valueOf(clock.missingCalendarYear())),
          Tone.UNKNOWN);
    }
    LocalDate lastDay = clock.lastDay() != null || clock.due() == null ? clock.lastDay()
        : clock.due().atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1);
    String due = CaseFormats.deadline(lastDay, locale) + (clock.provisional()
        ? texts.get("cases.clock.provisional", String.valueOf(clock.missingCalendarYear())) : "");
    Integer left = clock.remainingWorkingDays();
    if (clock.paused()) {
      return new ClockLabel(due, texts.get("cases.clock.paused"), Tone.PAUSED);
    }
    if (clock.due() == null || left == null && !clock.overdue()) {
      return new ClockLabel(due, "", Tone.STOPPED);
    }
    if (clock.overdue() || left < 0) {
      int days = left == null ? 0 : Math.abs(left);
      return new ClockLabel(due, days == 0 ? texts.get("cases.clock.overdue")
          : texts.get("cases.clock.overdueDays", days), Tone.OVERDUE);
    }
    if (left == 0) {
      return new ClockLabel(due, texts.get("cases.clock.dueToday"), Tone.DUE_TODAY);
    }
    return new ClockLabel(due, texts.get("cases.clock.remaining", left), Tone.RUNNING);
  }

  /**
   * The state's own shape, so that nothing is told by colour alone (a clock running, an alarm on
   * the last day, a warning when overdue, a pause); hidden from screen readers, which read the words.
   */
  public Optional<Icon> icon() {
    VaadinIcon shape = switch (tone) {
      case RUNNING -> VaadinIcon.CLOCK;
      case DUE_TODAY -> VaadinIcon.ALARM;
      case OVERDUE -> VaadinIcon.WARNING;
      case PAUSED -> VaadinIcon.PAUSE;
      case UNKNOWN -> VaadinIcon.QUESTION_CIRCLE_O;
      case STOPPED -> null;
    };
    if (shape == null || state.isEmpty()) {
      return Optional.empty();
    }
    Icon icon = shape.create();
    icon.addClassName("clock-icon");
    icon.getElement().setAttribute("aria-hidden", "true");
    return Optional.of(icon);
  }

  /** The CSS class of the state's colour. */
  public String toneClass() {
    return "clock-" + tone.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
