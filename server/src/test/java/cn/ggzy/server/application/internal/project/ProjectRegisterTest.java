package cn.ggzy.server.application.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register from CSV to alerts and decisions, in a region of its own. */
class ProjectRegisterTest {
  private static final String APPROVALS = """
      approvalNumber,projectCode,projectName,employer,approvedOn,method,organisation,mandatory,plannedTenderDate,contractKind,contractName,contractEstimate
      测发改〔2026〕1号,P-1,城区道路改造,测试市交通运输局,2026-03-01,公开招标,委托招标,是,2026-09-01,施工,主体工程,500万元
      测发改〔2026〕1号,P-1,城区道路改造,测试市交通运输局,2026-03-01,公开招标,委托招标,是,2026-09-01,服务,监理,800000
      测发改〔2026〕2号,P-2,乡村公路,测试市交通运输局,2026-04-01,公开招标,委托招标,是,2027-05-01,施工,一段,3900000
      测发改〔2026〕2号,P-2,乡村公路,测试市交通运输局,2026-04-01,公开招标,委托招标,是,2027-05-01,施工,二段,叁佰捌拾万元
      测发改〔2026〕3号,P-3,桥梁,测试市交通运输局,2026/4/1,竞争性谈判,委托招标,是,2027-05-01,施工,桥,6000000
      """;

  @Test
  void theRegisterIsImportedCheckedAndItsAlertsDecided() {
    RegionCode region = TestOfficers.newRegion();
    TenantId jtj = TenantId.of(region.value() + "-jtj");
    Caller officer = TestOfficers.signedIn(jtj, "register-" + region.value(), "登记员", Role.DEPARTMENT_OFFICER);
    ProjectRegister register = TestContainer.get(ProjectRegister.class);

    ProjectRegister.ImportResult result = register.importApprovals(officer, APPROVALS);
    assertEquals(List.of(5, 2), List.of(result.received(), result.projects()));
    ProjectRegister.RejectedLine bad = result.rejected().get(0);
    assertEquals(List.of(6, "project.csv.method", "method"), List.of(bad.line(), bad.code(), bad.field()));
    assertTrue(bad.message().contains("公开招标") && bad.messageEn().contains("open"), bad.toString());

    ProjectRegister.Page page = register.list(officer, 0, 20);
    ProjectRegister.Summary p1 = page.items().stream().filter(s -> s.projectCode().equals("P-1")).findFirst()
        .orElseThrow();
    ProjectRegister.Detail d1 = register.find(officer, p1.id());
    assertEquals(List.of("NOT_TENDERED"), d1.alerts().stream().map(ProjectRegister.AlertView::kind).toList(),
        "the works over 400万 are late; the 80万 supervision is below the 100万 services threshold");
    ProjectRegister.Summary p2 = page.items().stream().filter(s -> s.projectCode().equals("P-2")).findFirst()
        .orElseThrow();
    assertEquals(List.of("SPLIT"), register.find(officer, p2.id()).alerts().stream()
        .map(ProjectRegister.AlertView::kind).toList());

    ProjectRegister.ImportResult tenders = register.importTenders(officer, """
        projectCode,sectionCode,sectionName,contractKind,method,organisation,announcedOn,estimate
        P-1,BD01,主体工程,施工,邀请招标,委托招标,2026-10-01,5000000
        P-9,BD01,不存在,施工,公开招标,委托招标,2026-10-01,5000000
        """);
    assertEquals(1, tenders.tenders());
    assertEquals("project.csv.unknownProject", tenders.rejected().get(0).code());
    ProjectRegister.Detail after = register.find(officer, p1.id());
    assertEquals(List.of("METHOD_DIFFERS"), after.alerts().stream().map(ProjectRegister.AlertView::kind).toList());

    String key = after.alerts().get(0).key();
    assertEquals("project.alert.reason", assertThrows(DomainException.class,
        () -> register.dismiss(officer, p1.id(), key, "")).code());
    ProjectRegister.Detail opened = register.openCase(officer, p1.id(), key);
    assertNotNull(opened.alerts().get(0).caseNumber());
    assertNotNull(opened.alerts().get(0).caseId(), "the case is linked by its id, no search needed");
    assertEquals("CASE_OPENED", opened.alerts().get(0).state());
    assertThrows(StateConflictException.class, () -> register.dismiss(officer, p1.id(), key, "重复处理"));

    register.importApprovals(officer, APPROVALS);
    assertEquals("CASE_OPENED", register.find(officer, p1.id()).alerts().get(0).state(),
        "a new import keeps the decisions and the recorded tenders");

    Caller other = TestOfficers.signedIn(TenantId.of(region.value() + "-zjj"), "register-zjj-" + region.value(),
        "他局", Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> register.find(other, p1.id()));
    Caller office = TestOfficers.signedIn(TenantId.of(region.value() + "-jgb"), "register-jgb-" + region.value(),
        "监管办", Role.OFFICE_OFFICER);
    assertEquals(2, register.list(office, 0, 20).total());
  }

  @Test
  void aFileWithAnotherHeaderIsRefusedAsAWhole() {
    RegionCode region = TestOfficers.newRegion();
    Caller officer = TestOfficers.signedIn(TenantId.of(region.value() + "-jtj"), "register-h-" + region.value(),
        "登记员", Role.DEPARTMENT_OFFICER);
    assertEquals("project.csv.header", assertThrows(DomainException.class, () -> TestContainer
        .get(ProjectRegister.class).importApprovals(officer, "a,b\n1,2\n")).code());
  }
}
