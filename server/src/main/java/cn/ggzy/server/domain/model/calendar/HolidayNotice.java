package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.server.domain.model.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One year's State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) as data: the
 * statutory holidays (off even on weekdays) and the adjusted working days (调休, working even on
 * Saturday or Sunday). {@code year} is the year of the notice; its days may reach into the
 * neighbouring years (2022-12-31 is in the 2023 notice).
 */
public record HolidayNotice(int year, List<String> papers, List<Day> days) {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2099;
  static final int MAX_NAME_LENGTH = 64;

  /** A date the notice names: a holiday ({@code offDay}) or an adjusted working day. */
  public record Day(String name, LocalDate date, boolean offDay) {
    public boolean onWeekend() {
      return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
  }

  public HolidayNotice {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DomainException("calendar.upload.year.invalid", "year");
    }
    days = List.copyOf(days);
    if (days.isEmpty()) {
      // also the placeholder of a year whose notice is not yet published
      throw new DomainException("calendar.upload.days.empty", "days");
    }
    papers = List.copyOf(papers);
    if (papers.isEmpty()) {
      throw new DomainException("calendar.upload.papers.empty", "papers");
    }
    for (int i = 0; i < papers.size(); i++) {
      if (!isWebAddress(papers.get(i))) {
        throw new DomainException("calendar.upload.paper.invalid", "papers[" + i + "]");
      }
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      Day day = days.get(i);
      if (day.name() == null || day.name().isBlank() || day.name().length() > MAX_NAME_LENGTH) {
        throw new DomainException("calendar.upload.day.name.invalid", "days[" + i + "].name");
      }
      if (day.date() == null) {
        throw new DomainException("calendar.upload.day.date.invalid", "days[" + i + "].date");
      }
      if (Math.abs(day.date().getYear() - year) > 1) {
        throw new DomainException("calendar.upload.day.date.outsideYear", "days[" + i + "].date");
      }
      if (!seen.add(day.date())) {
        throw new DomainException("calendar.upload.day.date.duplicate", "days[" + i + "].date");
      }
    }
  }

  /** Reads the holiday-cn JSON format: {@code {year, papers[], days[{name, date, isOffDay}]}}. */
  public static HolidayNotice parse(byte[] json) {
    return HolidayNoticeJson.read(json);
  }

  /** The statutory holidays, including the weekend days inside a holiday block. */
  public Set<LocalDate> offDays() {
    return days.stream().filter(Day::offDay).map(Day::date).collect(Collectors.toUnmodifiableSet());
  }

  /** The adjusted working days (调休上班). */
  public Set<LocalDate> adjustedWorkingDays() {
    return days.stream().filter(d -> !d.offDay()).map(Day::date).collect(Collectors.toUnmodifiableSet());
  }

  /** Only web addresses, so that a paper shown as a link can never run script. */
  private static boolean isWebAddress(String paper) {
    if (paper == null || paper.length() > 2048) {
      return false;
    }
    try {
      URI uri = new URI(paper);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
