package cn.ggzy.webui.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.InspectionPlans.PlanInput;
import cn.ggzy.server.application.InspectionRosters.InspectorInput;
import cn.ggzy.server.application.InspectionViews.PublicationClock;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console's inspection forms without a browser: what they fire, what they mark, what the clock says. */
class InspectionFormsTest {
  static final Texts TEXTS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aDepartmentHeadsPlanCoversTheOwnDepartmentAndCarriesEverySetting() {
    Department zjj = TenantCatalogue.macheng().department(TenantId.of("421181-zjj")).orElseThrow();
    PlanForm form = new PlanForm(List.of(zjj), Locale.SIMPLIFIED_CHINESE, TODAY, TEXTS);
    List<PlanInput> saved = new ArrayList<>();
    form.onSave(saved::add);
    assertFalse(form.departments.isVisible(), "one department: nothing to choose");
    form.title.setValue("2026年12月住建领域抽查");
    form.kinds.setValue(EnumSet.of(ObjectKind.PROJECT));
    form.mode.setValue(Selection.Mode.COUNT);
    form.value.setValue(5);
    form.teamSize.setValue(3);
    form.checklist.setValue("事项一\n\n事项二\n");
    form.conflicts.setValue("zjj.wang,MC2026-018,配偶任职\nzjj.li，MC2026-020");
    form.save.click();
    PlanInput input = saved.get(0);
    assertEquals(List.of("421181-zjj"), input.departments());
    assertEquals(Set.of(ObjectKind.PROJECT), input.objectKinds());
    assertEquals(Selection.Mode.COUNT, input.selectionMode());
    assertEquals(5, input.selectionValue());
    assertEquals(3, input.teamSize());
    assertEquals(TODAY, input.periodFrom());
    assertEquals(List.of("事项一", "事项二"), input.checklist());
    assertEquals(List.of(new Conflict("zjj.wang", "MC2026-018", "配偶任职"), new Conflict("zjj.li", "MC2026-020", null)),
        input.conflicts());
  }

  @Test
  void aMalformedConflictLineIsMarkedAndNothingIsSaved() {
    PlanForm form = new PlanForm(TenantCatalogue.macheng().departments(), Locale.ENGLISH, TODAY, TEXTS);
    List<PlanInput> saved = new ArrayList<>();
    form.onSave(saved::add);
    assertTrue(form.departments.isVisible(), "the office chooses among the departments");
    assertTrue(form.joint.getValue(), "joint teams by default for the office");
    form.conflicts.setValue("only-a-login");
    form.save.click();
    assertTrue(saved.isEmpty());
    assertTrue(form.conflicts.isInvalid());
    assertTrue(form.showFieldError("teamSize", "每组2到6人"));
    assertTrue(form.teamSize.isInvalid());
  }

  @Test
  void theDrawNeedsTheWitnessAndTheWitnessValue() {
    DrawForm form = new DrawForm(TEXTS);
    List<DrawForm.Witness> drawn = new ArrayList<>();
    form.onDraw(drawn::add);
    form.name.setValue("纪检监察室 李某");
    form.draw.click();
    assertTrue(drawn.isEmpty());
    assertTrue(form.value.isInvalid());
    form.value.setValue("20261201-7391");
    form.draw.click();
    assertEquals(new DrawForm.Witness("纪检监察室 李某", "20261201-7391"), drawn.get(0));
  }

  @Test
  void theInspectorFormSplitsTheDeclaredObjectCodes() {
    InspectorForm form = new InspectorForm(TEXTS);
    List<InspectorInput> saved = new ArrayList<>();
    form.onSave(saved::add);
    form.login.setValue("zjj.wang");
    form.certificate.setValue("42118120260017");
    form.validUntil.setValue(LocalDate.of(2028, 6, 30));
    form.relatives.setValue("MC2026-018， MC2026-020、91421181MA4XXXXXX1");
    form.save.click();
    assertEquals(Set.of("MC2026-018", "MC2026-020", "91421181MA4XXXXXX1"), saved.get(0).relatives());
    assertEquals(Set.of(), saved.get(0).formerEmployers());
  }

  @Test
  void theClockSaysTheDeadlineTheDaysLeftOverdueOrTheMissingCalendar() {
    Instant concluded = Instant.parse("2026-12-01T02:00:00Z");
    assertEquals("inspections.publication.due[2026-12-29, 20]", PublicationClockView.describe(new PublicationClock(
        concluded, LocalDate.of(2026, 12, 29), Instant.parse("2026-12-29T16:00:00Z"), 20, false, false, null), TEXTS));
    assertEquals("inspections.publication.overdue[2026-12-29]", PublicationClockView.describe(new PublicationClock(
        concluded, LocalDate.of(2026, 12, 29), Instant.parse("2026-12-29T16:00:00Z"), 0, true, false, null), TEXTS));
    assertEquals("inspections.publication.missingYear[2027]", PublicationClockView.describe(new PublicationClock(
        concluded, null, null, null, false, false, 2027), TEXTS));
    assertEquals("inspections.publication.due[2027-01-05, 3]cases.clock.provisional[2027]",
        PublicationClockView.describe(new PublicationClock(concluded, LocalDate.of(2027, 1, 5),
            Instant.parse("2027-01-05T16:00:00Z"), 3, false, true, 2027), TEXTS));
  }

  @Test
  void officersSeeTheirTasksAndOnlyHeadsAndTheOfficeSeeTheRest() {
    Caller officer = new Caller(new Login("zjj.wang"), TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_OFFICER), "王");
    Caller head = new Caller(new Login("zjj.head"), TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_HEAD), "张");
    Caller admin = new Caller(new Login("admin"), TenantId.of("421181-jgb"), Set.of(Role.SYSTEM_ADMIN), "管理员");
    assertEquals(List.of("nav-console-inspections-tasks"), ids(officer));
    assertEquals(List.of("nav-console-inspections-tasks", "nav-console-inspections-rosters",
        "nav-console-inspections-plans", "nav-console-inspections-publication"), ids(head));
    assertEquals(List.of(), ids(admin));
  }

  private static List<String> ids(Caller caller) {
    return InspectionNavigation.items(caller, key -> key).stream().map(i -> i.getId().orElseThrow()).toList();
  }
}
