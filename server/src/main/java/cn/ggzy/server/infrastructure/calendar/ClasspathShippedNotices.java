package cn.ggzy.server.infrastructure.calendar;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.ShippedNotices;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The holiday-cn files shipped in {@value #FOLDER} (MIT, see LICENSE.holiday-cn and SOURCE.txt
 * there), read once. A file with no days is a year whose notice was not yet published when the
 * data was taken: it is not loaded.
 */
@ApplicationScoped
public class ClasspathShippedNotices implements ShippedNotices {
  static final String FOLDER = "cn/ggzy/server/calendar/holidays-cn/";

  private final List<HolidayNotice> notices = load();

  @Override
  public List<HolidayNotice> all() {
    return notices;
  }

  /** Reads the shipped files (also for tests without CDI). */
  public static List<HolidayNotice> load() {
    ClassLoader loader = ClasspathShippedNotices.class.getClassLoader();
    List<HolidayNotice> found = new ArrayList<>();
    for (int year = HolidayNotice.FIRST_YEAR; year <= HolidayNotice.LAST_YEAR; year++) {
      try (InputStream in = loader.getResourceAsStream(FOLDER + year + ".json")) {
        if (in != null) {
          read(in.readAllBytes(), year, found);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(found);
  }

  private static void read(byte[] json, int year, List<HolidayNotice> found) {
    try {
      HolidayNotice notice = HolidayNotice.parse(json);
      if (notice.year() != year) {
        throw new IllegalStateException("shipped " + year + ".json holds year " + notice.year());
      }
      found.add(notice);
    } catch (DomainException e) {
      if (!"calendar.upload.days.empty".equals(e.code())) {
        throw new IllegalStateException("shipped " + year + ".json is invalid: " + e.getMessage(), e);
      }
    }
  }
}
