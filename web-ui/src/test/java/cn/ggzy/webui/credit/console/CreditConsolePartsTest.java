package cn.ggzy.webui.credit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.ScoreLineView;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The officers' credit forms and the score explanation without a browser. */
class CreditConsolePartsTest {
  static final Texts TEXTS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);

  @Test
  void theRecordStatusFilterNamesItsEmptyChoice() {
    assertEquals("credit.filter.all", CreditRecordsView.statusLabel(null, key -> key));
    assertEquals("credit.recordStatus.IN_FORCE",
        CreditRecordsView.statusLabel(RecordStatus.IN_FORCE, key -> key));
  }

  @Test
  void theListingFormOffersOnlyTheEndsTheClassAllowsAndFiresTheEntry() {
    ListingForm form = new ListingForm(TEXTS, "r1", "第六十七条", LocalDate.parse("2026-03-01"));
    assertEquals(LocalDate.parse("2026-05-31"), form.end.getMin(), "general: at least 3 months");
    assertEquals(LocalDate.parse("2027-02-28"), form.end.getMax(), "general: at most 1 year");
    form.listClass.setValue(ListClass.SERIOUS);
    assertEquals(LocalDate.parse("2026-08-31"), form.end.getMin());
    assertEquals(LocalDate.parse("2029-02-28"), form.end.getMax());
    assertEquals(LocalDate.parse("2026-08-31"), form.end.getValue(), "an end outside the range moves to the minimum");
    List<ListingForm.ListEvent> listed = new ArrayList<>();
    form.addListListener(listed::add);
    form.reason.setValue("串通投标");
    form.measures.setValue(Set.of(Measure.RESTRICT_BIDDING));
    form.list.click();
    var entry = listed.get(0).entry();
    assertEquals("r1", entry.recordId());
    assertEquals(ListClass.SERIOUS, entry.listClass());
    assertEquals("第六十七条", entry.legalBasis(), "the record's legal basis is proposed");
    assertEquals(Set.of(Measure.RESTRICT_BIDDING), entry.measures());
    assertTrue(form.showFieldError("end", "太长"));
    assertTrue(form.end.isInvalid());
  }

  @Test
  void theRecordFormAsksForTheIdNumberOfAnExpertAndTheCodeOfAnEnterprise() {
    RecordForm form = new RecordForm(TEXTS);
    assertTrue(form.subject.creditCode.isVisible());
    assertFalse(form.subject.residentId.isVisible());
    form.subject.kind.setValue(SubjectKind.EXPERT);
    assertFalse(form.subject.creditCode.isVisible());
    assertTrue(form.subject.residentId.isVisible());
    List<RecordForm.SaveEvent> saved = new ArrayList<>();
    form.addSaveListener(saved::add);
    form.subject.name.setValue("王专家");
    form.subject.creditCode.setValue("不应发送");
    form.subject.residentId.setValue("11010519491231002X");
    form.kind.setValue(RecordKind.POOR_PERFORMANCE);
    form.legalBasis.setValue("评标专家管理办法");
    form.save.click();
    assertEquals("11010519491231002X", saved.get(0).record().residentId());
    assertEquals(null, saved.get(0).record().creditCode(), "the hidden field is not sent");
    assertTrue(form.showFieldError("residentId", "身份证号码无效"));
    assertTrue(form.subject.residentId.isInvalid());
  }

  @Test
  void everyPointOfTheScoreIsOnALine() {
    ScoreExplanation explanation = new ScoreExplanation(TEXTS);
    explanation.show(new ScoreView("s1", "某公司", LocalDate.parse("2026-06-01"), 80, List.of(
        new ScoreLineView("a", RecordKind.PENALTY, LocalDate.parse("2026-06-01"), "麻监案〔2026〕第0001号", "住建局",
            -20, 0, new BigDecimal("1.000"), false, new BigDecimal("-20.0")),
        new ScoreLineView("b", RecordKind.GOOD_PERFORMANCE, LocalDate.parse("2024-06-01"), null, "交通局", 5, 730,
            new BigDecimal("0.500"), false, new BigDecimal("2.5"))), BigDecimal.ZERO.setScale(1),
        new BigDecimal("62.5"), 24, 60));
    String text = explanation.getChildren().map(CreditConsolePartsTest::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("credit.score.formula[-20, 1.000, 0, 24] = -20.0"), text);
    assertTrue(text.contains("credit.score.formula[5, 0.500, 730, 24] = +2.5"), text);
    assertTrue(text.contains("credit.score.total 62.5"), text);
    assertFalse(text.contains("credit.score.cap"), "no cap line when the sum is within 0 to 100");
  }

  private static String text(Component c) {
    return c.getChildren().filter(Span.class::isInstance).map(s -> ((Span) s).getText())
        .collect(Collectors.joining(" "));
  }

  @Test
  void theCreditPagesAreOfferedToTheRolesThatUseThem() {
    Caller clerk = new Caller(Login.parse("clerk"), TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_OFFICER), "x");
    Caller head = new Caller(Login.parse("head"), TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_HEAD), "x");
    Caller office = new Caller(Login.parse("office"), TenantId.of("421181-jgb"), Set.of(Role.OFFICE_OFFICER), "x");
    Caller admin = new Caller(Login.parse("admin"), TenantId.of("421181-jgb"), Set.of(Role.SYSTEM_ADMIN), "x");
    assertTrue(clerk.may(Permission.OFFICER_WORK));
    assertFalse(admin.may(Permission.OFFICER_WORK));
    assertFalse(clerk.may(Permission.DECIDE_CREDIT));
    assertTrue(head.may(Permission.DECIDE_CREDIT));
    assertTrue(office.may(Permission.OFFICE_WORK));
    assertFalse(head.may(Permission.OFFICE_WORK));
  }
}
