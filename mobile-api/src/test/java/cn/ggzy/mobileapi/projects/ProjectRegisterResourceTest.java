package cn.ggzy.mobileapi.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.ResourceTests;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterAlert;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterAlertCaseRequest;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterAlertDismissalRequest;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterImportResult;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterProjectDetail;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterProjectPage;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The register's endpoints hand the resolved caller, the CSV text and the alert's key to the port
 * and answer its views field for field under the API's own names.
 */
class ProjectRegisterResourceTest {
  private static final Caller HEAD = new Caller(new Login("zjj.head"), TenantId.of("421181-zjj"),
      Set.of(Role.DEPARTMENT_HEAD), "住建科长");
  private static final Instant AT = Instant.parse("2026-12-14T02:00:00Z");
  private static final String SPLIT = "SPLIT:SERVICES";
  private static final String NOT_TENDERED = "NOT_TENDERED:CONSTRUCTION:管网施工/一期";
  private static final ProjectRegister.Detail DETAIL = new ProjectRegister.Detail("AP-7C1D0E9A42B35F68",
      "421181-zjj", "麻城市住房和城乡建设局", "麻发改审批〔2026〕12号", "MC-2026-017", "麻城市城东污水管网工程", "麻城市住房和城乡建设局",
      LocalDate.of(2026, 3, 15), "OPEN", "AGENCY", true, LocalDate.of(2026, 6, 30),
      List.of(new ProjectRegister.ContractView("CONSTRUCTION", "管网施工/一期", new BigDecimal("5800000"),
          new BigDecimal("4000000"), true)),
      List.of(new ProjectRegister.TenderView("MC-2026-017-02", "监理一标段", "SERVICES", "OPEN", null, null, null)),
      List.of(new ProjectRegister.AlertView(NOT_TENDERED, "NOT_TENDERED", "合同“管网施工/一期”估算价580万元……",
          "Contract \"管网施工/一期\" …", "《中华人民共和国招标投标法》第三条", "OPEN", null, null, null, null),
          new ProjectRegister.AlertView(SPLIT, "SPLIT", "2个服务合同均略低于必须招标标准100万元……", "2 services contracts …",
              "《中华人民共和国招标投标法》第四条", "CASE_OPENED", null, "麻监案〔2026〕第0042号", "zjj.head", AT,
              "6757a3c2e4b0f1a2b3c4d5e6")),
      "《必须招标的工程项目规定》（国家发展改革委令第16号）第五条", 3);

  private final List<String> calls = new ArrayList<>();
  private final ProjectRegisterResource resource = new ProjectRegisterResource();

  ProjectRegisterResourceTest() {
    resource.callers = ResourceTests.resolving(HEAD);
    resource.register = new Port();
  }

  /** The port as the faces see it, answering fixed views and noting each call with its arguments. */
  private final class Port implements ProjectRegister {
    @Override
    public ImportResult importApprovals(Caller caller, String csv) {
      calls.add("approvals " + caller.login().value() + " " + csv);
      return new ImportResult(3, 1, 0, List.of(new RejectedLine(3, "project.csv.contractEstimate",
          "请填写合同估算价（元，如 4000000 或 400万元）", "Enter the contract estimate (yuan, e.g. 4000000 or 400万元)",
          "contractEstimate")));
    }

    @Override
    public ImportResult importTenders(Caller caller, String csv) {
      calls.add("tenders " + caller.login().value() + " " + csv);
      return new ImportResult(1, 1, 1, List.of());
    }

    @Override
    public Page list(Caller caller, int offset, int limit) {
      calls.add("list " + caller.login().value() + " " + offset + " " + limit);
      return new Page(List.of(new Summary(DETAIL.id(), DETAIL.department(), DETAIL.departmentName(),
          DETAIL.approvalNumber(), DETAIL.projectCode(), DETAIL.projectName(), DETAIL.employer(), DETAIL.approvedOn(),
          DETAIL.plannedTenderDate(), 2, 1)), 57, offset, limit);
    }

    @Override
    public Detail find(Caller caller, String id) {
      calls.add("find " + id);
      return DETAIL;
    }

    @Override
    public Detail dismiss(Caller caller, String id, String alertKey, String reason) {
      calls.add("dismiss " + id + " " + alertKey + " " + reason);
      return DETAIL;
    }

    @Override
    public Detail openCase(Caller caller, String id, String alertKey) {
      calls.add("case " + id + " " + alertKey);
      return DETAIL;
    }
  }

  private static InputStream bytes(String text, Charset charset) {
    return new ByteArrayInputStream(text.getBytes(charset));
  }

  @Test
  void anImportReachesThePortAsTextAndAnswersTheRejectedLines() {
    String csv = ProjectRegisterBodies.APPROVALS_EXAMPLE;
    RegisterImportResult r = resource.importApprovals("text/csv", bytes(csv, StandardCharsets.UTF_8));
    assertEquals(List.of("approvals zjj.head " + csv), calls);
    assertEquals(List.of(3, 1, 0), List.of(r.received(), r.projects(), r.tenders()));
    assertEquals(1, r.rejected().size());
    assertEquals(List.of("3", "project.csv.contractEstimate", "contractEstimate"), List.of(
        String.valueOf(r.rejected().get(0).line()), r.rejected().get(0).code(), r.rejected().get(0).field()));
    assertTrue(r.rejected().get(0).message().contains("合同估算价"));

    resource.importTenders(null, bytes(ProjectRegisterBodies.TENDERS_EXAMPLE, StandardCharsets.UTF_8));
    assertEquals("tenders zjj.head " + ProjectRegisterBodies.TENDERS_EXAMPLE, calls.get(1));
  }

  @Test
  void theCsvIsUtf8UnlessTheContentTypeNamesAnotherCharset() {
    String csv = ProjectRegisterBodies.TENDERS_EXAMPLE;
    Charset gb = Charset.forName("GB18030");
    assertEquals(csv, ProjectRegisterResource.text("text/csv", bytes(csv, StandardCharsets.UTF_8)));
    assertEquals(csv, ProjectRegisterResource.text(null, bytes(csv, StandardCharsets.UTF_8)));
    assertEquals(csv, ProjectRegisterResource.text("text/csv; charset=GB18030", bytes(csv, gb)));
    assertEquals(csv, ProjectRegisterResource.text("text/plain;Charset=\"gb18030\"", bytes(csv, gb)));
    assertEquals("", ProjectRegisterResource.text("text/csv", null));
    DomainException unknown = assertThrows(DomainException.class,
        () -> ProjectRegisterResource.text("text/csv; charset=x-unknown-9", bytes(csv, StandardCharsets.UTF_8)));
    assertEquals("request.invalid", unknown.code());
    assertEquals("Content-Type", unknown.field());
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingTheRest() {
    DomainException e = assertThrows(DomainException.class,
        () -> resource.importApprovals("text/csv", ResourceTests.endless()));
    assertEquals("project.csv.tooMany", e.code());
    assertEquals("file", e.field());
    assertEquals(List.of(), calls);
  }

  @Test
  void theListPagesAsAskedAndAProjectIsAnsweredFieldForField() {
    RegisterProjectPage page = resource.list(40, 20);
    assertEquals(57, page.total());
    assertEquals(1, page.items().get(0).openAlerts());
    RegisterProjectDetail d = resource.find("AP-7C1D0E9A42B35F68");
    assertEquals(List.of("list zjj.head 40 20", "find AP-7C1D0E9A42B35F68"), calls);
    assertEquals(new BigDecimal("4000000"), d.contracts().get(0).threshold());
    assertTrue(d.contracts().get(0).mustTender());
    assertEquals("MC-2026-017-02", d.tenders().get(0).sectionCode());
    RegisterAlert split = d.alerts().get(1);
    assertEquals(List.of(SPLIT, "CASE_OPENED", "麻城市城东污水管网工程"), List.of(split.key(), split.state(),
        d.projectName()));
    assertEquals("麻监案〔2026〕第0042号", split.caseNumber());
    assertEquals("6757a3c2e4b0f1a2b3c4d5e6", split.caseId(), "the case's id, for its address");
    assertEquals(AT, split.decidedAt());
    assertNull(d.alerts().get(0).caseId(), "no case opened from an open alert");
    assertEquals(3, d.version());
  }

  @Test
  void theAlertsKeyTravelsInTheBodyAsWritten() {
    resource.dismiss("AP-1", new RegisterAlertDismissalRequest(NOT_TENDERED, "已于省级平台公开招标"));
    resource.openCase("AP-1", new RegisterAlertCaseRequest(SPLIT));
    resource.dismiss("AP-1", new RegisterAlertDismissalRequest(SPLIT, null));
    assertEquals(List.of("dismiss AP-1 NOT_TENDERED:CONSTRUCTION:管网施工/一期 已于省级平台公开招标",
        "case AP-1 SPLIT:SERVICES", "dismiss AP-1 SPLIT:SERVICES null"), calls);
  }

  @Test
  void aDecisionWithoutAKeyIsRefusedBeforeThePort() {
    List<Runnable> refused = List.of(() -> resource.dismiss("AP-1", null),
        () -> resource.dismiss("AP-1", new RegisterAlertDismissalRequest(" ", "理由充分")),
        () -> resource.openCase("AP-1", null), () -> resource.openCase("AP-1", new RegisterAlertCaseRequest(null)));
    for (Runnable r : refused) {
      DomainException e = assertThrows(DomainException.class, r::run);
      assertEquals("request.invalid", e.code());
      assertEquals("key", e.field());
    }
    assertEquals(List.of(), calls);
  }

  @Test
  void theBodiesHaveThePortsFieldsUnderTheirOwnNames() {
    List<Class<?>[]> pairs = List.of(
        new Class<?>[] {ProjectRegister.ImportResult.class, RegisterImportResult.class},
        new Class<?>[] {ProjectRegister.RejectedLine.class, ProjectRegisterBodies.RegisterRejectedLine.class},
        new Class<?>[] {ProjectRegister.Page.class, RegisterProjectPage.class},
        new Class<?>[] {ProjectRegister.Summary.class, ProjectRegisterBodies.RegisterProjectSummary.class},
        new Class<?>[] {ProjectRegister.Detail.class, RegisterProjectDetail.class},
        new Class<?>[] {ProjectRegister.ContractView.class, ProjectRegisterBodies.RegisterContract.class},
        new Class<?>[] {ProjectRegister.TenderView.class, ProjectRegisterBodies.RegisterTender.class},
        new Class<?>[] {ProjectRegister.AlertView.class, RegisterAlert.class});
    ResourceTests.sameFields(pairs);
  }
}
