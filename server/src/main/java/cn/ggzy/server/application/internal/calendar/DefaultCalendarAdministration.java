package cn.ggzy.server.application.internal.calendar;

import cn.ggzy.server.application.CalendarAdministration;
import cn.ggzy.server.application.CalendarYearView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.calendar.CalendarChanged;
import cn.ggzy.server.domain.model.calendar.CalendarRepository;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.server.domain.model.calendar.LoadedNotice;
import cn.ggzy.server.domain.model.calendar.ShippedNotices;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@ApplicationScoped
public class DefaultCalendarAdministration implements CalendarAdministration {
  private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json", Pattern.CASE_INSENSITIVE);

  private CalendarRepository calendars;
  private ShippedNotices shipped;
  private RegionRepository regions;
  private AuditLog audit;
  private Clock clock;
  private Event<CalendarChanged> changes;

  protected DefaultCalendarAdministration() {}

  @Inject
  public DefaultCalendarAdministration(CalendarRepository calendars, ShippedNotices shipped,
      RegionRepository regions, AuditLog audit, Clock clock, Event<CalendarChanged> changes) {
    this.calendars = calendars;
    this.shipped = shipped;
    this.regions = regions;
    this.audit = audit;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public List<Region> administrableRegions(Caller caller) {
    if (caller.isSystemAdmin()) {
      return regions.all();
    }
    if (caller.has(Role.OFFICE_LEADER)) {
      return regions.find(caller.tenant().region()).stream().toList();
    }
    return List.of();
  }

  @Override
  public List<CalendarYearView> years(Caller caller, RegionCode region) {
    allowed(caller, region, "calendar.read");
    return LoadedNotice.inForce(calendars.notices(region), shipped.all()).stream()
        .map(CalendarYearView::of).toList();
  }

  @Override
  public Optional<Integer> yearToLoad(Caller caller, RegionCode region) {
    allowed(caller, region, "calendar.read");
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    int next = today.getYear() + 1;
    if (MonthDay.from(today).isBefore(REMINDER_FROM)
        || LoadedNotice.inForce(calendars.notices(region), shipped.all()).stream().anyMatch(n -> n.year() == next)) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  @Override
  public CalendarYearView upload(Caller caller, RegionCode region, String fileName, byte[] content) {
    Region target = allowed(caller, region, "calendar.upload");
    HolidayNotice notice = HolidayNotice.parse(content);
    Matcher named = YEAR_FILE.matcher(fileName == null ? "" : baseName(fileName));
    if (named.matches() && Integer.parseInt(named.group(1)) != notice.year()) {
      throw new DomainException("calendar.upload.year.mismatch", "year");
    }
    return load(caller, target, notice);
  }

  @Override
  public CalendarYearView enter(Caller caller, RegionCode region, int year, List<String> papers,
      List<HolidayNotice.Day> days) {
    Region target = allowed(caller, region, "calendar.upload");
    return load(caller, target, new HolidayNotice(year, papers == null ? List.of() : papers,
        days == null ? List.of() : days));
  }

  /** Stores the notice for the region, audits it and announces it (deadlines are derived again). */
  private CalendarYearView load(Caller caller, Region target, HolidayNotice notice) {
    RegionCode region = target.code();
    LoadedNotice loaded = new LoadedNotice(notice, caller.login().value(), clock.instant());
    Optional<LoadedNotice> replaced = calendars.store(region, loaded);
    audit.record(target.office().id(), loaded.loadedAt(), caller.login().value(), "calendar.uploaded",
        "calendar:" + region + ":" + notice.year(),
        replaced.map(r -> "replaces the notice loaded by " + r.loadedBy() + " at " + r.loadedAt()).orElse(null));
    changes.fire(new CalendarChanged(region, notice.year()));
    return CalendarYearView.of(loaded);
  }

  @Override
  public DeadlineSettings settings(Caller caller, RegionCode region) {
    allowed(caller, region, "calendar.read");
    return calendars.settings(region);
  }

  @Override
  public DeadlineSettings updateSettings(Caller caller, RegionCode region, int acceptanceWorkingDays,
      int completionWorkingDays) {
    Region target = allowed(caller, region, "calendar.settings");
    DeadlineSettings settings = new DeadlineSettings(acceptanceWorkingDays, completionWorkingDays);
    DeadlineSettings before = calendars.settings(region);
    calendars.storeSettings(region, settings);
    audit.record(target.office().id(), clock.instant(), caller.login().value(), "calendar.settings.changed",
        "calendar-settings:" + region, describe(before) + " -> " + describe(settings));
    changes.fire(CalendarChanged.settings(region));
    return settings;
  }

  /** A system administrator for any region, an office leader for the own region. */
  private Region allowed(Caller caller, RegionCode region, String action) {
    if (region == null) {
      throw new DomainException("region.unknown", "region");
    }
    boolean mayAct = caller.isSystemAdmin()
        || caller.has(Role.OFFICE_LEADER) && caller.tenant().region().equals(region);
    if (!mayAct) {
      throw new AccessDeniedException(action);
    }
    return regions.find(region).orElseThrow(() -> new DomainException("region.unknown", "region"));
  }

  private static String baseName(String fileName) {
    String name = fileName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static String describe(DeadlineSettings s) {
    return "acceptance " + s.acceptanceWorkingDays() + ", completion " + s.completionWorkingDays();
  }
}
