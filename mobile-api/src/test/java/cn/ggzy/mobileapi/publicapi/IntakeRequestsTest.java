package cn.ggzy.mobileapi.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.publicapi.IntakeRequests.ComplainantRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ComplaintRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ReportRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ReporterRequest;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON bodies to use-case inputs: unreadable values are named by field; the header key wins. */
class IntakeRequestsTest {
  private static ComplaintRequest complaint(String kind, String matter, String learnedOn, String key) {
    return new ComplaintRequest("421181", key, null, new ComplainantRequest(kind, "张三", "11010519491231002X", null,
        null, "13812345678", "某地"), "某公司", null, "某工程", null, "TRANSPORT", matter, "NONE", null, "事实", "请求",
        learnedOn, List.of(), List.of(), true, "某路1号", null);
  }

  @Test
  void wellFormedValuesBecomeTheInput() {
    ComplaintInput in = IntakeRequests.complaint(complaint("NATURAL", "BID_RIGGING", "2026-03-01", "body-key"), null);
    assertEquals(PersonKind.NATURAL, in.complainant().kind());
    assertEquals(Matter.BID_RIGGING, in.matter());
    assertEquals(Industry.TRANSPORT, in.industry());
    assertEquals(LocalDate.of(2026, 3, 1), in.learnedOn());
    assertEquals("body-key", in.idempotencyKey());
    assertEquals("某路1号", in.respondentContact());
    assertEquals("header-key-0000000", IntakeRequests.complaint(complaint("NATURAL", "BID_RIGGING", "2026-03-01",
        "body-key"), "header-key-0000000").idempotencyKey());
    assertNull(IntakeRequests.complaint(complaint("NATURAL", " ", null, null), null).matter(),
        "a missing value is for the use case to refuse with its own code");
  }

  @Test
  void unreadableValuesAreRefusedWithTheirFields() {
    IntakeValidationException e = assertThrows(IntakeValidationException.class,
        () -> IntakeRequests.complaint(complaint("ROBOT", "BRIBERY", "01.03.2026", null), null));
    assertEquals(List.of(new Violation("intake.field.invalid", "complainant.kind"),
        new Violation("intake.field.invalid", "matter"), new Violation("intake.field.invalid", "learnedOn")),
        e.violations());
  }

  @Test
  void anAnonymousReportDropsTheReporterSent() {
    ReportRequest r = new ReportRequest("421181", "k", null, true, new ReporterRequest("王五", "13812345678", null),
        null, null, null, null, null, "OTHER", "事实", List.of());
    assertNull(IntakeRequests.report(r, null).reporter());
  }
}
