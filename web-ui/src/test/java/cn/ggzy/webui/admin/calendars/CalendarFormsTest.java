package cn.ggzy.webui.admin.calendars;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CalendarYearView;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.calendar.HolidayNotice;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calendars page's parts without a browser: what they show and the events they fire. */
class CalendarFormsTest {
  static final CalendarYearList.Texts TEXTS =
      (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);

  @Test
  void aNoticeEnteredByHandIsReadLineByLine() {
    NoticeEntryForm form = new NoticeEntryForm(TEXTS);
    List<NoticeEntryForm.EnteredEvent> entered = new ArrayList<>();
    form.addEnteredListener(entered::add);
    form.suggestYear(2027);
    form.paper.setValue(" https://www.gov.cn/zhengce/content/2027.htm ");
    form.days.setValue("2027-01-01 元旦 休\n\n2027-02-05 春节 休\n2027-2-20 春节 班\n");
    form.save.click();
    assertEquals(1, entered.size());
    assertEquals(2027, entered.get(0).year());
    assertEquals(List.of("https://www.gov.cn/zhengce/content/2027.htm"), entered.get(0).papers());
    assertEquals(List.of(new HolidayNotice.Day("元旦",
            LocalDate.of(2027, 1, 1), true),
        new HolidayNotice.Day("春节", LocalDate.of(2027, 2, 5), true),
        new HolidayNotice.Day("春节", LocalDate.of(2027, 2, 20), false)),
        entered.get(0).days());
    // the backend's refusal of the third day points at its line (blank lines counted)
    assertTrue(form.showFieldError("days[2].date", "同一日期出现了两次"));
    assertEquals("calendars.entry.lineError[4, 同一日期出现了两次]", form.days.getErrorMessage());
    assertTrue(form.showFieldError("papers[0]", "通知网址须以http://或https://开头"));
    assertTrue(form.paper.isInvalid());
  }

  @Test
  void aLineThatIsNotADayIsMarkedAndNothingIsLoaded() {
    NoticeEntryForm form = new NoticeEntryForm(TEXTS);
    List<NoticeEntryForm.EnteredEvent> entered = new ArrayList<>();
    form.addEnteredListener(entered::add);
    form.year.setValue(2027);
    form.days.setValue("2027-01-01 元旦 休\n2027-02-30 春节 休");
    form.save.click();
    assertTrue(entered.isEmpty());
    assertTrue(form.days.isInvalid());
    assertEquals("calendars.entry.line[2]", form.days.getErrorMessage());
    form.days.setValue("元旦放假一天");
    form.save.click();
    assertEquals("calendars.entry.line[1]", form.days.getErrorMessage());
    form.year.clear();
    form.save.click();
    assertTrue(form.year.isInvalid());
    assertTrue(entered.isEmpty());
  }

  @Test
  void theSettingsFormShowsTheRegionsClocksAndFiresTheChangedOnes() {
    DeadlineSettingsForm form = new DeadlineSettingsForm(TEXTS);
    List<DeadlineSettingsForm.SaveEvent> saved = new ArrayList<>();
    form.addSaveListener(saved::add);
    form.show(DeadlineSettings.MACHENG);
    assertEquals(1, form.acceptance.getValue());
    assertEquals(15, form.completion.getValue());

    form.acceptance.setValue(2);
    form.completion.setValue(20);
    form.save.click();

    assertEquals(2, saved.get(0).acceptanceWorkingDays());
    assertEquals(20, saved.get(0).completionWorkingDays());
  }

  @Test
  void anEmptyClockIsMarkedAndNothingIsSaved() {
    DeadlineSettingsForm form = new DeadlineSettingsForm(TEXTS);
    List<DeadlineSettingsForm.SaveEvent> saved = new ArrayList<>();
    form.addSaveListener(saved::add);
    form.show(DeadlineSettings.MACHENG);
    form.completion.clear();
    form.save.click();
    assertTrue(saved.isEmpty());
    assertTrue(form.completion.isInvalid());
    assertFalse(form.acceptance.isInvalid());
  }

  @Test
  void theBackendsRangeErrorsAppearAtTheirFields() {
    DeadlineSettingsForm form = new DeadlineSettingsForm(TEXTS);
    assertTrue(form.showFieldError("completionWorkingDays", "办结期限须为1至30个工作日"));
    assertTrue(form.completion.isInvalid());
    assertEquals("办结期限须为1至30个工作日", form.completion.getErrorMessage());
    assertTrue(form.showFieldError("acceptanceWorkingDays", "受理审查期限须为1至3个工作日"));
    assertTrue(form.acceptance.isInvalid());
    assertFalse(form.showFieldError("region", "x"));
  }

  @Test
  void aReceivedFileIsHandedOnWithItsName() {
    NoticeUploadForm form = new NoticeUploadForm(TEXTS);
    List<NoticeUploadForm.UploadedEvent> uploaded = new ArrayList<>();
    form.addUploadedListener(uploaded::add);
    byte[] json = "{\"year\":2027}".getBytes(StandardCharsets.UTF_8);
    form.received("2027.json", json);
    assertEquals("2027.json", uploaded.get(0).fileName());
    assertArrayEquals(json, uploaded.get(0).content());
  }

  @Test
  void aRefusedFileShowsTheMessageWithThePlaceInTheFileUntilTheNextFile() {
    NoticeUploadForm form = new NoticeUploadForm(TEXTS);
    assertFalse(form.error.isVisible());
    assertTrue(form.showFieldError("days[3].date", "日期格式错误"));
    assertTrue(form.error.isVisible());
    assertEquals("calendars.upload.error[日期格式错误, days[3].date]", form.error.getText());
    form.received("2027.json", new byte[] {'{', '}'});
    assertFalse(form.error.isVisible());
  }

  @Test
  void theYearsAreListedNewestFirstWithCountsPapersAndWhoLoadedThem() {
    CalendarYearList list = new CalendarYearList(TEXTS);
    list.show(List.of(
        new CalendarYearView(2026, List.of("https://www.gov.cn/zhengce/2026.htm"), 33, 6, true,
            "platform", null),
        new CalendarYearView(2027, List.of("https://www.gov.cn/zhengce/2027.htm"), 30, 5, false,
            "leader-mc", Instant.parse("2026-11-20T02:00:00Z"))));
    List<String> ids = list.getChildren().map(c -> c.getId().orElse("")).toList();
    assertEquals(List.of("calendar-year-2027", "calendar-year-2026"), ids);
    Component newest = list.getChildren().findFirst().orElseThrow();
    String text = spans(newest).map(Span::getText).collect(Collectors.joining(" | "));
    assertTrue(text.contains("calendars.offDays[30]"), text);
    assertTrue(text.contains("calendars.adjustedWorkingDays[5]"), text);
    assertTrue(text.contains("calendars.loaded[leader-mc, 2026-11-20 10:00]"), text);
    Anchor paper = descendants(newest).filter(Anchor.class::isInstance).map(Anchor.class::cast)
        .findFirst().orElseThrow();
    assertEquals("https://www.gov.cn/zhengce/2027.htm", paper.getHref());
    Component shipped = list.getChildren().skip(1).findFirst().orElseThrow();
    assertTrue(spans(shipped).anyMatch(s -> s.getText().equals("calendars.shipped")));
  }

  @Test
  void theTextsWithPlaceholdersReadWellInBothLanguages() {
    var provider = new DefaultI18NProvider(
        List.of(Locale.ENGLISH, Locale.CHINESE));
    assertEquals("日期格式错误（位置：days[3].date）", provider.getTranslation("calendars.upload.error",
        Language.CHINESE, "日期格式错误", "days[3].date"));
    assertEquals("Bad date (at days[3].date)", provider.getTranslation("calendars.upload.error",
        Language.ENGLISH, "Bad date", "days[3].date"));
    assertEquals("2027年", provider.getTranslation("calendars.year", Language.CHINESE, "2027"));
    assertEquals("Loaded by leader-mc on 2026-11-20 10:00", provider.getTranslation("calendars.loaded",
        Language.ENGLISH, "leader-mc", "2026-11-20 10:00"));
  }

  private static Stream<Span> spans(Component c) {
    return descendants(c).filter(Span.class::isInstance).map(Span.class::cast);
  }

  private static Stream<Component> descendants(Component c) {
    return c.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
  }
}
