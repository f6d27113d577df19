package cn.ggzy.server.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an administrator sees when an uploaded notice file is wrong: the code and the field at fault. */
class HolidayNoticeTest {
  static final String PAPER = "\"papers\":[\"https://www.gov.cn/zhengce/content/2026.htm\"]";

  private static HolidayNotice parse(String json) {
    return HolidayNotice.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static DomainException refused(String json) {
    return assertThrows(DomainException.class, () -> parse(json));
  }

  @Test
  void aValidNoticeIsReadWithItsHolidaysAndAdjustedWorkingDays() {
    HolidayNotice n = parse("\uFEFF{\"$schema\":\"x\",\"year\":2027," + PAPER + ",\"days\":["
        + "{\"name\":\"元旦\",\"date\":\"2026-12-31\",\"isOffDay\":true},"
        + "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true},"
        + "{\"name\":\"春节\",\"date\":\"2027-02-06\",\"isOffDay\":false}]}");
    assertEquals(2027, n.year());
    assertEquals(Set.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)), n.offDays());
    assertEquals(Set.of(LocalDate.of(2027, 2, 6)), n.adjustedWorkingDays());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not json                                             | calendar.upload.json | file",
      "[1,2]                                                | calendar.upload.json | file",
      "{\"year\":2027}{}                                    | calendar.upload.json | file",
      "{\"papers\":[],\"days\":[]}                          | calendar.upload.year.invalid | year",
      "{\"year\":\"2027\",\"papers\":[],\"days\":[]}        | calendar.upload.year.invalid | year",
      "{\"year\":2027.5,\"papers\":[],\"days\":[]}          | calendar.upload.year.invalid | year",
      "{\"year\":1999,\"papers\":[],\"days\":[]}            | calendar.upload.year.invalid | year",
      "{\"year\":2027,\"papers\":\"x\",\"days\":[]}         | calendar.upload.papers.invalid | papers",
      "{\"year\":2027,\"papers\":[1],\"days\":[]}           | calendar.upload.paper.invalid | papers[0]",
      "{\"year\":2027,\"papers\":[]}                        | calendar.upload.days.invalid | days",
      "{\"year\":2027,\"papers\":[],\"days\":[]}            | calendar.upload.days.empty | days"})
  void wrongFilesAreRefusedAtTheirField(String json, String code, String field) {
    DomainException e = refused(json);
    assertEquals(code, e.code());
    assertEquals(field, e.field());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "                                                                   | calendar.upload.papers.empty | papers",
      "\"javascript:alert(1)\"                                            | calendar.upload.paper.invalid | papers[0]",
      "\"https://www.gov.cn/a.htm\",\"ftp://gov.cn/x\"                    | calendar.upload.paper.invalid | papers[1]"})
  void papersMustBeWebAddresses(String papers, String code, String field) {
    DomainException e = refused("{\"year\":2027,\"papers\":[" + (papers == null ? "" : papers)
        + "],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}");
    assertEquals(code, e.code());
    assertEquals(field, e.field());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"2027-01-01\"                                                         | calendar.upload.day.invalid | days[1]",
      "{\"date\":\"2027-01-02\",\"isOffDay\":true}                            | calendar.upload.day.name.invalid | days[1].name",
      "{\"name\":\" \",\"date\":\"2027-01-02\",\"isOffDay\":true}             | calendar.upload.day.name.invalid | days[1].name",
      "{\"name\":\"元旦\",\"isOffDay\":true}                                  | calendar.upload.day.date.invalid | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2027/01/02\",\"isOffDay\":true}          | calendar.upload.day.date.invalid | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2027-02-30\",\"isOffDay\":true}          | calendar.upload.day.date.invalid | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2025-12-31\",\"isOffDay\":true}          | calendar.upload.day.date.outsideYear | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2029-01-01\",\"isOffDay\":true}          | calendar.upload.day.date.outsideYear | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":false}         | calendar.upload.day.date.duplicate | days[1].date",
      "{\"name\":\"元旦\",\"date\":\"2027-01-02\"}                            | calendar.upload.day.isOffDay.invalid | days[1].isOffDay",
      "{\"name\":\"元旦\",\"date\":\"2027-01-02\",\"isOffDay\":\"true\"}      | calendar.upload.day.isOffDay.invalid | days[1].isOffDay"})
  void aWrongDayIsNamedByItsPosition(String secondDay, String code, String field) {
    DomainException e = refused("{\"year\":2027," + PAPER + ",\"days\":["
        + "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}," + secondDay + "]}");
    assertEquals(code, e.code());
    assertEquals(field, e.field());
  }

  @Test
  void emptyOversizedAndNonUtf8FilesAreRefused() {
    assertEquals("calendar.upload.empty", assertThrows(DomainException.class,
        () -> HolidayNotice.parse(new byte[0])).code());
    assertEquals("calendar.upload.tooLarge", assertThrows(DomainException.class,
        () -> HolidayNotice.parse(new byte[HolidayNoticeJson.MAX_BYTES + 1])).code());
    byte[] gbk = ("{\"year\":2027," + PAPER + ",\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}")
        .getBytes(Charset.forName("GBK"));
    assertEquals("calendar.upload.json", assertThrows(DomainException.class, () -> HolidayNotice.parse(gbk)).code());
  }

  @Test
  void everyCodeHasAChineseAndAnEnglishText() {
    for (String code : new String[] {"calendar.year.missing", "calendar.settings.acceptance.range",
        "calendar.settings.completion.range", "calendar.upload.empty", "calendar.upload.tooLarge",
        "calendar.upload.json", "calendar.upload.year.invalid", "calendar.upload.year.mismatch",
        "calendar.upload.papers.invalid", "calendar.upload.papers.empty", "calendar.upload.paper.invalid",
        "calendar.upload.days.invalid", "calendar.upload.days.empty", "calendar.upload.day.invalid",
        "calendar.upload.day.name.invalid", "calendar.upload.day.date.invalid",
        "calendar.upload.day.date.outsideYear", "calendar.upload.day.date.duplicate",
        "calendar.upload.day.isOffDay.invalid", "calendar.start.invalid", "calendar.workingDays.invalid"}) {
      String zh = Messages.chinese(code);
      String en = Messages.text(code, Locale.ENGLISH);
      assertEquals(false, zh.equals(code) || en.equals(code) || zh.equals(en), code);
    }
  }
}
