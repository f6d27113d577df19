package cn.ggzy.webui.admin.calendars;

import cn.ggzy.server.application.CalendarAdministration;
import cn.ggzy.server.application.CalendarYearView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The working calendars (国务院节假日安排) and case deadlines of a region: for system
 * administrators (any region) and office leaders (their own).
 */
@Route(value = "console/calendars", layout = MainLayout.class)
@Dependent
public class CalendarsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CalendarAdministration calendars;
  private final CalendarYearList.Texts texts = this::getTranslation;
  private final Select<Region> region = new Select<>();
  private final CalendarYearList years = new CalendarYearList(texts);
  private final NoticeUploadForm upload = new NoticeUploadForm(texts);
  private final NoticeEntryForm entry = new NoticeEntryForm(texts);
  private final DeadlineSettingsForm settings = new DeadlineSettingsForm(texts);
  /** From 1 November: next year's notice is still missing, deadlines into it are provisional. */
  private final Paragraph reminder = new Paragraph();

  @Inject
  public CalendarsView(CalendarAdministration calendars) {
    this.calendars = calendars;
    setHeading(getTranslation("calendars.title"));
    region.setId("calendar-region");
    region.setLabel(getTranslation("calendars.region"));
    region.setItemLabelGenerator(r -> r.name(getLocale()) + " " + r.code().value());
    region.addValueChangeListener(e -> refresh());
    upload.addUploadedListener(e -> load(e.fileName(), e.content()));
    entry.addEnteredListener(e -> enter(e.year(), e.papers(), e.days()));
    settings.addSaveListener(e -> save(e.acceptanceWorkingDays(), e.completionWorkingDays()));
    reminder.setId("calendar-reminder");
    reminder.addClassName("calendar-reminder");
    reminder.getElement().setAttribute("role", "status");
    reminder.setVisible(false);
    addContent(region, reminder, new H3(getTranslation("calendars.years")), years,
        new H3(getTranslation("calendars.upload.title")), upload,
        new H3(getTranslation("calendars.entry.title")), entry,
        new H3(getTranslation("calendars.settings.title")), settings);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> caller = CurrentOfficer.get().filter(c -> c.may(Permission.KEEP_CALENDARS));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    List<Region> regions = calendars.administrableRegions(caller.get());
    region.setItems(regions);
    region.setVisible(regions.size() > 1);
    regions.stream().filter(r -> r.code().equals(caller.get().tenant().region())).findFirst()
        .or(() -> regions.stream().findFirst()).ifPresent(region::setValue);
  }

  private void refresh() {
    RegionCode code = chosen();
    if (code == null) {
      return;
    }
    attempt(() -> calendars.years(caller(), code), FieldErrors.NONE).ifPresent(found -> {
      years.show(found);
      int next = found.stream().mapToInt(CalendarYearView::year).max().orElse(0) + 1;
      upload.suggestYear(next);
      entry.suggestYear(next);
    });
    attempt(() -> calendars.settings(caller(), code), FieldErrors.NONE).ifPresent(settings::show);
    Optional<Integer> missing = attempt(() -> calendars.yearToLoad(caller(), code), FieldErrors.NONE)
        .flatMap(year -> year);
    reminder.setText(missing.map(year -> getTranslation("calendars.reminder", String.valueOf(year))).orElse(""));
    reminder.setVisible(missing.isPresent());
  }

  private void load(String fileName, byte[] content) {
    attempt(() -> calendars.upload(caller(), chosen(), fileName, content), upload).ifPresent(y -> {
      DomainErrors.confirm(getTranslation("calendars.uploaded", String.valueOf(y.year())));
      refresh();
    });
  }

  private void enter(int year, List<String> papers, List<HolidayNotice.Day> days) {
    attempt(() -> calendars.enter(caller(), chosen(), year, papers, days), entry).ifPresent(y -> {
      DomainErrors.confirm(getTranslation("calendars.uploaded", String.valueOf(y.year())));
      refresh();
    });
  }

  private void save(int acceptance, int completion) {
    attempt(() -> calendars.updateSettings(caller(), chosen(), acceptance, completion), settings)
        .ifPresent(s -> DomainErrors.confirm(getTranslation("calendars.settings.saved")));
  }

  private <T> Optional<T> attempt(Supplier<T> action, FieldErrors form) {
    return DomainErrors.attempt(action, getLocale(), form);
  }

  private RegionCode chosen() {
    return region.getValue() == null ? null : region.getValue().code();
  }

  private Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("calendars.title") + " · " + getTranslation("app.title");
  }
}
