package cn.ggzy.server.infrastructure.persistence.mongo.calendar;

import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.tenants.RegionCode;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stored form of a region's {@link LoadedNotice}; {@code _id} is {@code region:year}. */
@Entity("calendars")
public class CalendarDocument {
  @Id String id;
  @Column String region;
  @Column int year;
  @Column List<String> papers;
  @Column List<DayDocument> days;
  @Column String loadedBy;
  @Column long loadedAt;

  public CalendarDocument() {}

  static String id(RegionCode region, int year) {
    return region.value() + ":" + year;
  }

  static CalendarDocument of(RegionCode region, LoadedNotice loaded) {
    CalendarDocument d = new CalendarDocument();
    d.id = id(region, loaded.year());
    d.region = region.value();
    d.year = loaded.year();
    d.papers = loaded.notice().papers();
    d.days = loaded.notice().days().stream().map(DayDocument::of).toList();
    d.loadedBy = loaded.loadedBy();
    d.loadedAt = loaded.loadedAt().toEpochMilli();
    return d;
  }

  LoadedNotice toNotice() {
    HolidayNotice notice = new HolidayNotice(year, papers,
        days.stream().map(DayDocument::toDay).toList());
    return new LoadedNotice(notice, loadedBy, Instant.ofEpochMilli(loadedAt));
  }

  /** One named date of the notice. */
  @Embeddable
  public static class DayDocument {
    @Column String name;
    @Column String date;
    @Column boolean offDay;

    public DayDocument() {}

    static DayDocument of(HolidayNotice.Day day) {
      DayDocument d = new DayDocument();
      d.name = day.name();
      d.date = day.date().toString();
      d.offDay = day.offDay();
      return d;
    }

    HolidayNotice.Day toDay() {
      return new HolidayNotice.Day(name, LocalDate.parse(date), offDay);
    }
  }
}
