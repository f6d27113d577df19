package cn.ggzy.server.domain.model.credit;

import static cn.ggzy.server.domain.model.credit.CreditFixtures.XIAOMI;
import static cn.ggzy.server.domain.model.credit.CreditFixtures.ZJJ;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication period per class, to the day: both ends inclusive, serious 6 months to 3 years,
 * general 3 months to 1 year; published on its last day, gone on the day after.
 */
class BlacklistPeriodTest {
  private final CreditSubject subject = CreditFixtures.enterprise("麻城市某建设有限公司", XIAOMI);
  private final CreditRecord record = CreditFixtures.penalty(ZJJ, subject, LocalDate.parse("2026-02-20"));

  @ParameterizedTest(name = "{0} months from {1}: last day {2}")
  @CsvSource({
      "6,  2026-03-01, 2026-08-31",
      "3,  2026-03-01, 2026-05-31",
      "12, 2026-03-01, 2027-02-28",
      "36, 2026-03-01, 2029-02-28",
      "6,  2026-03-15, 2026-09-14",
      // no 31 February: the period runs to the end of that month
      "6,  2026-08-31, 2027-02-28",
      "1,  2026-01-31, 2026-02-28",
      "12, 2028-02-29, 2029-02-28"})
  void aPeriodOfMonthsEndsTheDayBeforeTheSameDayLater(int months, String start, String last) {
    assertEquals(LocalDate.parse(last), PublicationPeriod.lastDayOf(LocalDate.parse(start), months));
  }

  @ParameterizedTest(name = "{0} from 2026-03-01 to {1}: {2}")
  @CsvSource({
      "SERIOUS, 2026-08-30, credit.blacklist.period.tooShort",
      "SERIOUS, 2026-08-31, ok",
      "SERIOUS, 2029-02-28, ok",
      "SERIOUS, 2029-03-01, credit.blacklist.period.tooLong",
      "GENERAL, 2026-05-30, credit.blacklist.period.tooShort",
      "GENERAL, 2026-05-31, ok",
      "GENERAL, 2027-02-28, ok",
      "GENERAL, 2027-03-01, credit.blacklist.period.tooLong"})
  void thePeriodIsCheckedAgainstItsClassToTheDay(ListClass listClass, String end, String outcome) {
    LocalDate start = LocalDate.parse("2026-03-01");
    if ("ok".equals(outcome)) {
      assertDoesNotThrow(() -> CreditFixtures.listed(record, subject, listClass, start, LocalDate.parse(end)));
    } else {
      CreditException e = assertThrows(CreditException.class,
          () -> CreditFixtures.listed(record, subject, listClass, start, LocalDate.parse(end)));
      assertEquals(outcome, e.code());
      assertEquals("end", e.field());
    }
  }

  @Test
  void theEntryIsPublishedOnItsLastDayAndGoneTheDayAfter() {
    BlacklistEntry entry = CreditFixtures.listed(record, subject, ListClass.GENERAL, LocalDate.parse("2026-03-01"),
        LocalDate.parse("2026-05-31"));
    assertEquals(EntryStatus.SCHEDULED, entry.status(LocalDate.parse("2026-02-28")));
    assertEquals(EntryStatus.PUBLISHED, entry.status(LocalDate.parse("2026-03-01")));
    assertEquals(EntryStatus.PUBLISHED, entry.status(LocalDate.parse("2026-05-31")));
    assertEquals(EntryStatus.EXPIRED, entry.status(LocalDate.parse("2026-06-01")));
  }

  @Test
  void onlyARecordedDecisionCanBeListed() {
    CreditRecord rating = CreditFixtures.rated(ZJJ, subject, RecordKind.POOR_PERFORMANCE, LocalDate.parse("2026-02-20"));
    assertEquals("credit.record.notListable", assertThrows(CreditException.class, () -> CreditFixtures.listed(rating,
        subject, ListClass.GENERAL, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"))).code());
    assertEquals("credit.blacklist.start.beforeDecision", assertThrows(CreditException.class,
        () -> CreditFixtures.listed(record, subject, ListClass.GENERAL, LocalDate.parse("2026-02-19"),
            LocalDate.parse("2026-06-30"))).code());
  }

  @Test
  void repairOpensTheDayAfterTheMinimumPeriodAndRemovalIsFromTheDayOfTheDecision() {
    BlacklistEntry entry = CreditFixtures.listed(record, subject, ListClass.SERIOUS, LocalDate.parse("2026-03-01"),
        LocalDate.parse("2027-02-28"));
    assertEquals(LocalDate.parse("2026-09-01"), entry.earliestRepair());
    assertEquals("credit.repair.tooEarly", assertThrows(CreditException.class,
        () -> entry.checkRepairable(LocalDate.parse("2026-08-31"))).code());
    assertDoesNotThrow(() -> entry.checkRepairable(LocalDate.parse("2026-09-01")));
    entry.repaired(LocalDate.parse("2026-09-10"), new RepairId(CreditFixtures.hex()));
    assertEquals(EntryStatus.PUBLISHED, entry.status(LocalDate.parse("2026-09-09")));
    assertEquals(EntryStatus.REMOVED, entry.status(LocalDate.parse("2026-09-10")));
  }
}
