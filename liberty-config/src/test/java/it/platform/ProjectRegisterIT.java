package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 应进必进、应招必招 over real HTTP: a department imports its approved projects (a bad line comes back
 * with its line, code and column while the others are taken), sees a contract not tendered after its
 * planned date and services split below the threshold, imports the recorded tenders, dismisses one
 * alert with a reason and opens a case from another (the case number comes back and the case is in
 * the department's inbox); another department gets 404. The alert's key, which holds {@code :},
 * Chinese and here a {@code /}, travels in the body. The planned dates lie before the test server's
 * day ({@link Http#TODAY}), the approval after 1 June 2018 (order No. 16's thresholds).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectRegisterIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String APPROVALS = "approvalNumber,projectCode,projectName,employer,approvedOn,method,"
      + "organisation,mandatory,plannedTenderDate,contractKind,contractName,contractEstimate\n";
  private static final String TENDERS = "projectCode,sectionCode,sectionName,contractKind,method,organisation,"
      + "announcedOn,estimate\n";
  private static final String NOT_TENDERED = "NOT_TENDERED:CONSTRUCTION:管网施工/一期";
  private static final String SPLIT = "SPLIT:SERVICES";

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void aDepartmentImportsItsRegisterDismissesOneAlertAndOpensACaseFromAnother() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String zjj = Http.token("register.zjj", Http.newAccount(admin, "421181-zjj", "register.zjj", "住建登记员",
        "DEPARTMENT_HEAD"));
    String jtj = Http.token("register.jtj", Http.newAccount(admin, "421181-jtj", "register.jtj", "交通登记员",
        "DEPARTMENT_OFFICER"));
    LocalDate approved = Http.TODAY.minusMonths(9);
    LocalDate planned = Http.TODAY.minusMonths(5);
    assertTrue(approved.isAfter(LocalDate.of(2018, 6, 1)) && planned.isBefore(Http.TODAY));
    String project = "麻发改审批〔2026〕IT01号,IT-PR-001,麻城市城东污水管网工程,麻城市住房和城乡建设局," + approved
        + ",公开招标,委托招标,是," + planned + ",";
    String approvals = APPROVALS
        + project + "施工,管网施工/一期,580万元\n"
        + project + "服务,监理一标段,90万元\n"
        + project + "服务,监理二标段,850000\n"
        + project + "服务,造价咨询,待定\n";

    HttpResponse<String> imported = csv("/api/v1/project-register/approvals", approvals, zjj);
    assertEquals(200, imported.statusCode(), "a refused line does not refuse the file: " + imported.body());
    JsonObject result = Http.json(imported);
    assertEquals(List.of(4, 1, 0), List.of(result.getInt("received"), result.getInt("projects"),
        result.getInt("tenders")));
    assertEquals(1, result.getJsonArray("rejected").size(), result.toString());
    JsonObject bad = result.getJsonArray("rejected").getJsonObject(0);
    assertEquals(5, bad.getInt("line"), "the file's line, the header being line 1");
    assertEquals("project.csv.contractEstimate", bad.getString("code"));
    assertEquals("contractEstimate", bad.getString("field"));
    assertTrue(bad.getString("message").contains("合同估算价"), bad.toString());
    assertFalse(bad.getString("messageEn").isEmpty());

    HttpResponse<String> listed = Http.get("/api/v1/project-register/projects?limit=200", zjj);
    assertEquals(200, listed.statusCode(), listed.body());
    JsonObject summary = Http.json(listed).getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("projectCode").equals("IT-PR-001")).findFirst().orElseThrow();
    assertEquals(2, summary.getInt("openAlerts"), summary.toString());
    String id = summary.getString("id");

    JsonObject detail = Http.json(Http.get("/api/v1/project-register/projects/" + id, zjj));
    assertEquals("麻发改审批〔2026〕IT01号", detail.getString("approvalNumber"));
    assertTrue(detail.getString("thresholdRule").contains("第16号"), detail.getString("thresholdRule"));
    assertEquals(3, detail.getJsonArray("contracts").size(), "the refused line's contract is not taken");
    JsonObject works = detail.getJsonArray("contracts").getJsonObject(0);
    assertEquals(4_000_000, works.getJsonNumber("threshold").intValue());
    assertTrue(works.getBoolean("mustTender"));
    Map<String, JsonObject> alerts = alerts(detail);
    assertEquals(List.of(NOT_TENDERED, SPLIT), List.copyOf(alerts.keySet()));
    assertEquals("NOT_TENDERED", alerts.get(NOT_TENDERED).getString("kind"));
    assertTrue(alerts.get(NOT_TENDERED).getString("evidence").contains(planned.toString()),
        alerts.get(NOT_TENDERED).toString());
    assertEquals("SPLIT", alerts.get(SPLIT).getString("kind"));
    assertTrue(alerts.get(SPLIT).getString("evidence").contains("合计175万元"), alerts.get(SPLIT).toString());
    assertTrue(alerts.get(SPLIT).getString("basis").contains("第四条"));
    assertTrue(alerts.values().stream().allMatch(a -> a.getString("state").equals("OPEN")));

    // the recorded tenders: one of the services, invited and organised by the employer itself against the approval
    String tenders = TENDERS
        + "IT-PR-001,IT-PR-001-02,监理一标段,服务,邀请招标,自行招标," + planned.plusDays(20) + ",90万元\n"
        + "IT-PR-999,IT-PR-999-01,不存在的项目,施工,公开招标,委托招标,,\n";
    HttpResponse<String> recorded = csv("/api/v1/project-register/tenders", tenders, zjj);
    assertEquals(200, recorded.statusCode(), recorded.body());
    JsonObject tenderResult = Http.json(recorded);
    assertEquals(List.of(2, 1, 1), List.of(tenderResult.getInt("received"), tenderResult.getInt("projects"),
        tenderResult.getInt("tenders")));
    JsonObject unknown = tenderResult.getJsonArray("rejected").getJsonObject(0);
    assertEquals(List.of("3", "project.csv.unknownProject", "projectCode"), List.of(
        String.valueOf(unknown.getInt("line")), unknown.getString("code"), unknown.getString("field")));
    detail = Http.json(Http.get("/api/v1/project-register/projects/" + id, zjj));
    assertEquals("IT-PR-001-02", detail.getJsonArray("tenders").getJsonObject(0).getString("sectionCode"));
    assertEquals(List.of(NOT_TENDERED, "METHOD_DIFFERS:IT-PR-001-02", "ORGANISATION_DIFFERS:IT-PR-001-02", SPLIT),
        List.copyOf(alerts(detail).keySet()));

    // another department: not found, not listed, not decided
    HttpResponse<String> foreign = Http.get("/api/v1/project-register/projects/" + id, jtj);
    assertEquals(404, foreign.statusCode(), foreign.body());
    assertEquals("notFound", Http.json(foreign).getString("code"));
    assertFalse(Http.get("/api/v1/project-register/projects?limit=200", jtj).body().contains(id));
    assertEquals(404, Http.post("/api/v1/project-register/projects/" + id + "/alerts/dismissal",
        dismissal(SPLIT, "与本部门无关"), jtj).statusCode());
    assertEquals(404, Http.post("/api/v1/project-register/projects/" + id + "/alerts/case", key(SPLIT), jtj)
        .statusCode());
    assertEquals(403, Http.get("/api/v1/project-register/projects", admin).statusCode(), "no officer");

    HttpResponse<String> noReason = Http.post("/api/v1/project-register/projects/" + id + "/alerts/dismissal",
        dismissal(NOT_TENDERED, " "), zjj);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals("project.alert.reason", Http.json(noReason).getString("code"));
    assertEquals("reason", Http.json(noReason).getString("field"));
    HttpResponse<String> noKey = Http.post("/api/v1/project-register/projects/" + id + "/alerts/dismissal",
        "{\"reason\":\"理由充分\"}", zjj);
    assertEquals(400, noKey.statusCode(), noKey.body());
    assertEquals("key", Http.json(noKey).getString("field"));
    assertEquals(404, Http.post("/api/v1/project-register/projects/" + id + "/alerts/dismissal",
        dismissal("NOT_TENDERED:GOODS:不存在", "理由充分"), zjj).statusCode(), "no such alert");

    String reason = "该合同已在省级平台公开招标（中标通知书鄂建招〔2026〕88号）";
    HttpResponse<String> dismissed = Http.post("/api/v1/project-register/projects/" + id + "/alerts/dismissal",
        dismissal(NOT_TENDERED, reason), zjj);
    assertEquals(200, dismissed.statusCode(), dismissed.body());
    JsonObject notTendered = alerts(Http.json(dismissed)).get(NOT_TENDERED);
    assertEquals("DISMISSED", notTendered.getString("state"));
    assertEquals(reason, notTendered.getString("reason"));
    assertEquals("register.zjj", notTendered.getString("decidedBy"));

    HttpResponse<String> opened = Http.post("/api/v1/project-register/projects/" + id + "/alerts/case", key(SPLIT),
        zjj);
    assertEquals(200, opened.statusCode(), opened.body());
    JsonObject split = alerts(Http.json(opened)).get(SPLIT);
    assertEquals("CASE_OPENED", split.getString("state"));
    String number = split.getString("caseNumber");
    assertTrue(number.contains("监案〔"), number);
    HttpResponse<String> inbox = Http.get("/api/v1/cases?inbox=DEPARTMENT&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8), zjj);
    assertEquals(200, inbox.statusCode(), inbox.body());
    JsonObject line = Http.json(inbox).getJsonArray("lines").getJsonObject(0);
    assertEquals(number, line.getString("number"));
    assertEquals(line.getString("id"), split.getString("caseId"), "the alert names its case by id too");
    assertEquals(200, Http.get("/api/v1/cases/" + split.getString("caseId"), zjj).statusCode());
    assertEquals("SMART_WARNING", line.getString("source"));
    assertTrue(line.getString("title").contains("麻城市城东污水管网工程"), line.toString());

    HttpResponse<String> twice = Http.post("/api/v1/project-register/projects/" + id + "/alerts/case",
        key(NOT_TENDERED), zjj);
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals("project.alert.decided", Http.json(twice).getString("code"));
    JsonObject after = Http.json(Http.get("/api/v1/project-register/projects?limit=200", zjj)).getJsonArray("items")
        .stream().map(JsonObject.class::cast).filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
    assertEquals(List.of(4, 2), List.of(after.getInt("alerts"), after.getInt("openAlerts")));
  }

  @Test
  void theDocumentedExamplesImportAsTheyStandAndTheKeyTravelsInTheBody() throws Exception {
    JsonObject doc = Http.json(Http.get("/openapi?format=JSON", null));
    JsonObject paths = doc.getJsonObject("paths");
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String slj = Http.token("register.slj", Http.newAccount(admin, "421181-slj", "register.slj", "水利登记员",
        "DEPARTMENT_OFFICER"));
    JsonObject approvals = Http.json(csv("/api/v1/project-register/approvals", example(paths,
        "/api/v1/project-register/approvals"), slj));
    assertEquals(0, approvals.getJsonArray("rejected").size(), approvals.toString());
    assertEquals(1, approvals.getInt("projects"));
    JsonObject tenders = Http.json(csv("/api/v1/project-register/tenders", example(paths,
        "/api/v1/project-register/tenders"), slj));
    assertEquals(0, tenders.getJsonArray("rejected").size(), tenders.toString());
    assertEquals(1, tenders.getInt("tenders"));

    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    JsonObject dismissal = paths.getJsonObject("/api/v1/project-register/projects/{id}/alerts/dismissal")
        .getJsonObject("post");
    assertEquals("dismissProjectAlert", dismissal.getString("operationId"));
    assertEquals("project-register", dismissal.getJsonArray("tags").getString(0));
    assertEquals("#/components/schemas/RegisterAlertDismissalRequest", dismissal.getJsonObject("requestBody")
        .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    assertTrue(schemas.getJsonObject("RegisterAlertDismissalRequest").getJsonObject("properties").keySet()
        .containsAll(List.of("key", "reason")));
    assertTrue(schemas.getJsonObject("RegisterAlert").getJsonObject("properties").keySet()
        .containsAll(List.of("caseNumber", "caseId")));
    assertTrue(schemas.getJsonObject("RegisterImportResult").getJsonObject("properties").containsKey("rejected"));
  }

  private static String example(JsonObject paths, String path) {
    return paths.getJsonObject(path).getJsonObject("post").getJsonObject("requestBody").getJsonObject("content")
        .getJsonObject("text/csv").getJsonObject("schema").getString("example");
  }

  private static Map<String, JsonObject> alerts(JsonObject project) {
    return project.getJsonArray("alerts").stream().map(JsonObject.class::cast).collect(Collectors.toMap(
        a -> a.getString("key"), Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static String dismissal(String key, String reason) {
    return Json.createObjectBuilder().add("key", key).add("reason", reason).build().toString();
  }

  private static String key(String key) {
    return Json.createObjectBuilder().add("key", key).build().toString();
  }

  private static HttpResponse<String> csv(String path, String body, String token) throws Exception {
    return Http.send("POST", path, "text/csv; charset=UTF-8", body, token);
  }
}
