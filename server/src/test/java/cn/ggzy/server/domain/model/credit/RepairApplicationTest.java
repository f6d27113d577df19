package cn.ggzy.server.domain.model.credit;

import static cn.ggzy.server.domain.model.credit.CreditFixtures.XIAOMI;
import static cn.ggzy.server.domain.model.credit.CreditFixtures.ZJJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.service.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of an application for credit repair, without the calendar (deadlines given). */
class RepairApplicationTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-09-30");
  private static final Instant RECEIVED = Instant.parse("2026-09-30T07:00:00Z");
  private final CreditSubject subject = CreditFixtures.enterprise("麻城市某建设有限公司", XIAOMI);
  private final BlacklistEntry entry = CreditFixtures.listed(CreditFixtures.penalty(ZJJ, subject,
      LocalDate.parse("2026-03-01")), subject, ListClass.GENERAL, LocalDate.parse("2026-03-01"),
      LocalDate.parse("2027-02-28"));

  static Deadline due(String lastDay) {
    LocalDate last = LocalDate.parse(lastDay);
    return new Deadline(last, WorkingCalendar.endOf(last));
  }

  static RepairRequest request(String identifier) {
    return new RepairRequest(identifier, "李经理", "13912345678", "本单位承诺……", true, "已缴纳罚款并完成整改",
        "罚款缴纳凭证、整改报告");
  }

  @Test
  void onlyTheListedSubjectMayApplyAndOnlyWithACommitment() {
    assertEquals("credit.repair.identity.mismatch", assertThrows(CreditException.class,
        () -> RepairApplication.submit(new RepairId(CreditFixtures.hex()), entry, request(CreditFixtures.TENCENT),
            RECEIVED, TODAY, due("2026-10-10"))).code());
    assertEquals("credit.repair.commitment.required", assertThrows(CreditException.class,
        () -> new RepairRequest(XIAOMI, "李经理", "13912345678", "承诺", false, "整改", "凭证")).code());
    assertEquals("credit.repair.phone.invalid", assertThrows(CreditException.class,
        () -> new RepairRequest(XIAOMI, "李经理", "1234", "承诺", true, "整改", "凭证")).code());
  }

  @Test
  void theDeadlineIsExtendedOnceWithAReasonWhileItRuns() {
    RepairApplication a = RepairApplication.submit(new RepairId(CreditFixtures.hex()), entry,
        request(XIAOMI.toLowerCase()), RECEIVED, TODAY, due("2026-10-10"));
    assertEquals("credit.repair.extension.reason.required", assertThrows(CreditException.class,
        () -> a.extend("head", RECEIVED, " ", due("2026-10-14"))).code());
    a.extend("head", RECEIVED, "需要核实整改材料", due("2026-10-14"));
    assertEquals(LocalDate.parse("2026-10-14"), a.due().lastWorkingDay());
    assertEquals("credit.repair.alreadyExtended", assertThrows(CreditException.class,
        () -> a.extend("head", RECEIVED, "再次延长", due("2026-10-19"))).code());
  }

  @Test
  void noExtensionOnceTheDeadlineHasPassedButALateDecisionIsMarked() {
    RepairApplication a = RepairApplication.submit(new RepairId(CreditFixtures.hex()), entry, request(XIAOMI),
        RECEIVED, TODAY, due("2026-10-10"));
    Instant deadline = a.due().due().toInstant();
    assertFalse(a.overdue(deadline.minusSeconds(1)));
    assertTrue(a.overdue(deadline));
    assertEquals("credit.repair.extension.late", assertThrows(CreditException.class,
        () -> a.extend("head", deadline, "太迟", due("2026-10-14"))).code());
    a.decide(false, "head", deadline.plusSeconds(60), "整改材料不足，不予修复");
    assertTrue(a.decidedLate());
    assertEquals(RepairStatus.REFUSED, a.status());
    assertEquals("credit.repair.notOpen", assertThrows(CreditException.class,
        () -> a.decide(true, "head", deadline, "准予修复")).code());
  }
}
