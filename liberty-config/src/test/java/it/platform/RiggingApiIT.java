package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import → warning → case over real HTTP: JSON and CSV import, the report, review and isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiggingApiIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  static String code(int n) {
    String first17 = "91421181" + String.format("%09d", n);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
  }

  private static JsonObject bid(String code, String name, Object price, String mac) {
    var b = Json.createObjectBuilder().add("projectCode", "IT-RIG-1").add("projectName", "麻城市某道路工程")
        .add("sectionCode", "BD1").add("industry", "HOUSING_CONSTRUCTION").add("bidderCode", code)
        .add("bidderName", name).add("macAddress", mac);
    if (price instanceof Number n) {
      b.add("price", n.doubleValue());
    } else {
      b.add("price", String.valueOf(price));
    }
    return b.build();
  }

  @Test
  void importRaisesAWarningThatBecomesACase() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String zjj = Http.token("rig.zjj", Http.newAccount(admin, "421181-zjj", "rig.zjj", "住建预警", "DEPARTMENT_HEAD"));
    String jtj = Http.token("rig.jtj", Http.newAccount(admin, "421181-jtj", "rig.jtj", "交通预警", "DEPARTMENT_HEAD"));
    JsonArrayBuilder rows = Json.createArrayBuilder()
        .add(bid(code(1), "甲建设有限公司", 1000000, "00:1A:2B:3C:4D:5E"))
        .add(bid(code(2), "乙建设有限公司", "1000000.00", "00-1A-2B-3C-4D-5E"))
        .add(bid(code(3), "丙建设有限公司", 957300.5, "AA-BB-CC-00-11-22"))
        .add(bid("bad-code", "丁公司", 1, "AA-BB-CC-00-11-23"));
    String body = Json.createObjectBuilder().add("rows", rows).build().toString();
    HttpResponse<String> imported = Http.post("/api/v1/rigging/imports", body, zjj);
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject report = Http.json(imported);
    assertEquals(3, report.getInt("imported"));
    JsonObject rejected = report.getJsonArray("rejected").getJsonObject(0);
    assertEquals(4, rejected.getInt("line"));
    assertEquals("rigging.import.creditCode", rejected.getString("code"));
    assertEquals("bidderCode", rejected.getString("field"));
    String id = report.getJsonArray("warnings").getString(0);
    HttpResponse<String> again = Http.post("/api/v1/rigging/imports", body, zjj);
    assertEquals(3, Http.json(again).getInt("replaced"), again.body());
    assertEquals(id, Http.json(again).getJsonArray("warnings").getString(0));

    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(Http.BASE + "/api/v1/rigging/imports")).header("Authorization", "Bearer " + zjj)
        .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(
            "projectCode,projectName,sectionCode,industry,bidderCode,bidderName,price,bondAccount\n"
                + "IT-RIG-2,某桥梁工程,BD1,TRANSPORT," + code(4) + ",戊公司,800000,6222 0001\n"
                + "IT-RIG-2,某桥梁工程,BD1,TRANSPORT," + code(5) + ",己公司,812000,6222-0001\n")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals(2, Http.json(csv).getInt("imported"), csv.body());

    HttpResponse<String> detail = Http.get("/api/v1/rigging/warnings/" + id, zjj);
    assertEquals(200, detail.statusCode(), detail.body());
    assertTrue(detail.body().contains("第四十条第（一）项"), detail.body());
    assertEquals(404, Http.get("/api/v1/rigging/warnings/" + id, jtj).statusCode());
    assertFalse(Http.get("/api/v1/rigging/warnings?limit=200", jtj).body().contains(id));
    assertTrue(Http.get("/api/v1/rigging/warnings?status=OPEN&limit=200", zjj).body().contains(id));

    HttpResponse<String> opened = Http.post("/api/v1/rigging/warnings/" + id + "/case", "", zjj);
    assertEquals(200, opened.statusCode(), opened.body());
    JsonObject warning = Http.json(opened);
    assertEquals("CASE_OPENED", warning.getString("status"));
    HttpResponse<String> theCase = Http.get("/api/v1/cases/" + warning.getString("caseId"), zjj);
    assertEquals(200, theCase.statusCode(), theCase.body());
    assertEquals("SMART_WARNING", Http.json(theCase).getString("source"));
    HttpResponse<String> dismiss = Http.post("/api/v1/rigging/warnings/" + id + "/dismissal",
        "{\"reason\":\"已立案后不能排除\"}", zjj);
    assertEquals(409, dismiss.statusCode(), dismiss.body());
    assertEquals("rigging.warning.notOpen", Http.json(dismiss).getString("code"));
  }

  @Test
  void aDepartmentHeadReviewsAWarningOnAPhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-zjj", "rig.phone", "住建审查", "DEPARTMENT_HEAD");
    String head = Http.token("rig.phone", password);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonObject bid : List.of(bid(code(11), "甲公司", 500000, "00:1A:2B:3C:4D:6F"),
        bid(code(12), "乙公司", 512000, "00:1A:2B:3C:4D:6F"))) {
      rows.add(Json.createObjectBuilder(bid).add("projectCode", "IT-RIG-PHONE").add("projectName", "城西排水管网工程"));
    }
    HttpResponse<String> imported = Http.post("/api/v1/rigging/imports",
        Json.createObjectBuilder().add("rows", rows).build().toString(), head);
    assertEquals(1, Http.json(imported).getJsonArray("warnings").size(), imported.body());
    String passage = copiedFilesAndADeviatingExpert(head, "IT-RIG-PHONE", code(11), code(12));
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    BrowserJourneys.run(180, "warning-journey.mjs", Http.BASE + "/", shots.toString(),
        "rig.phone:" + Http.password("rig.phone", password), "城西排水管网工程", passage);
  }

  /**
   * The region's model over the API: the office reads the screen index in use and cannot train on
   * too few labels; a department head labels an imported section of the own department (the reason
   * is required) and sees the label in the overview, but may not train.
   */
  @Test
  void officersLabelSectionsAndOnlyTheOfficeTrainsTheRegionsModel() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("rig.models", Http.newAccount(admin, "421181-jgb", "rig.models", "监管办模型",
        "OFFICE_OFFICER"));
    String head = Http.token("rig.label", Http.newAccount(admin, "421181-zjj", "rig.label", "住建认定",
        "DEPARTMENT_HEAD"));
    HttpResponse<String> overview = Http.get("/api/v1/rigging/models", office);
    assertEquals(200, overview.statusCode(), overview.body());
    assertEquals("screen-index-1", Http.json(overview).getString("inUse"), overview.body());
    assertEquals(5, Http.json(overview).getInt("neededPerClass"), overview.body());
    HttpResponse<String> train = Http.post("/api/v1/rigging/models/train", "", office);
    assertEquals(409, train.statusCode(), train.body());
    assertEquals("rigging.models.tooFewLabels", Http.json(train).getString("code"));
    HttpResponse<String> queue = Http.get("/api/v1/rigging/warnings/queue?size=5", office);
    assertEquals(200, queue.statusCode(), queue.body());
    try (JsonReader reader = Json.createReader(new StringReader(queue.body()))) {
      JsonArray items = reader.readArray();
      assertTrue(items.size() <= 5, queue.body());
      assertTrue(items.stream().map(JsonValue::asJsonObject).allMatch(i -> i.getString("reason").equals("HIGHEST_SCORE")
          && i.getJsonObject("warning").getString("status").equals("OPEN")), "the screen index: by score only");
    }

    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonObject bid : List.of(bid(code(21), "甲标注公司", 700000, "00:1A:2B:3C:4D:7A"),
        bid(code(22), "乙标注公司", 702000, "00:1A:2B:3C:4D:7B"))) {
      rows.add(Json.createObjectBuilder(bid).add("projectCode", "IT-RIG-LABEL").add("projectName", "城东道路改造工程"));
    }
    HttpResponse<String> imported = Http.post("/api/v1/rigging/imports",
        Json.createObjectBuilder().add("rows", rows).build().toString(), head);
    assertEquals(2, Http.json(imported).getInt("imported"), imported.body());
    HttpResponse<String> labelled = Http.post("/api/v1/rigging/labels", "{\"projectCode\":\"IT-RIG-LABEL\","
        + "\"sectionCode\":\"BD1\",\"rigged\":true,\"reason\":\"两家投标人由同一人员编制投标文件，已另案查实\"}", head);
    assertEquals(200, labelled.statusCode(), labelled.body());
    assertTrue(Http.json(labelled).getBoolean("rigged"), labelled.body());
    assertEquals("OFFICER", Http.json(labelled).getString("source"));
    JsonObject seen = Http.json(Http.get("/api/v1/rigging/models", head));
    assertTrue(seen.getJsonArray("labels").stream().map(JsonValue::asJsonObject).anyMatch(l ->
        l.getString("projectCode").equals("IT-RIG-LABEL") && l.getString("sectionCode").equals("BD1")
            && l.getBoolean("rigged") && l.getString("by").equals("rig.label")), seen.toString());
    assertTrue(seen.getInt("rigged") >= 1, seen.toString());

    HttpResponse<String> noReason = Http.post("/api/v1/rigging/labels", "{\"projectCode\":\"IT-RIG-LABEL\","
        + "\"sectionCode\":\"BD1\",\"rigged\":false}", head);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals("reason", Http.json(noReason).getString("field"));
    HttpResponse<String> headTrains = Http.post("/api/v1/rigging/models/train", "", head);
    assertEquals(403, headTrains.statusCode(), headTrains.body());
  }

  /**
   * Learning from the region's decisions in the browser ({@code rigging-models.mjs}): the office reads
   * the model in use on a phone in both languages; a department head labels a section imported here.
   */
  @Test
  void officersLabelASectionOnThePageOfTheRegionsModel() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.newAccount(admin, "421181-jgb", "rig.models.ui", "监管办模型员", "OFFICE_OFFICER");
    String password = Http.newAccount(admin, "421181-zjj", "rig.label.ui", "住建认定员", "DEPARTMENT_HEAD");
    String head = Http.token("rig.label.ui", password);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonObject bid : List.of(bid(code(23), "甲认定公司", 700000, "00:1A:2B:3C:4D:8A"),
        bid(code(24), "乙认定公司", 731000, "AA:1A:2B:3C:4D:8B"))) {
      rows.add(Json.createObjectBuilder(bid).add("projectCode", "IT-RIG-LABEL-UI").add("projectName", "城东道路工程"));
    }
    HttpResponse<String> imported = Http.post("/api/v1/rigging/imports",
        Json.createObjectBuilder().add("rows", rows).build().toString(), head);
    assertEquals(200, imported.statusCode(), imported.body());
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    String output = BrowserJourneys.run(240, "rigging-models.mjs", Http.BASE + "/", shots.toString(),
        "rig.models.ui:" + office, "rig.label.ui:" + Http.password("rig.label.ui", password), "IT-RIG-LABEL-UI",
        "BD1");
    assertTrue(output.contains("RIGGING MODELS JOURNEY PASSED"), output);
  }

  /**
   * 数据交换 over real HTTP: a national-format batch in, the period out as XML and as an OCDS package, that
   * package into another department; a batch in the wrong encoding refused whole; an officer without the
   * role refused.
   */
  @Test
  void theNationalFormatAndOcdsGoBothWaysOverHttp() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String zjj = Http.token("xch.zjj", Http.newAccount(admin, "421181-zjj", "xch.zjj", "住建交换", "DEPARTMENT_HEAD"));
    String nyj = Http.token("xch.nyj", Http.newAccount(admin, "421181-nyj", "xch.nyj", "农业交换", "DEPARTMENT_HEAD"));
    String clerk = Http.token("xch.clerk", Http.newAccount(admin, "421181-zjj", "xch.clerk", "住建办事员",
        "DEPARTMENT_OFFICER"));
    String batch = exchangeBatch("IT-XCH-1", 900);
    HttpResponse<String> imported = Http.post("/api/v1/exchange/national", batch, zjj);
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject report = Http.json(imported);
    assertEquals(6, report.getInt("received"));
    assertEquals(5, report.getInt("imported"));
    JsonObject refused = report.getJsonArray("refused").getJsonObject(0);
    assertEquals("TENDER_LIST", refused.getString("dataSet"));
    assertEquals(4, refused.getInt("index"));
    assertEquals("BIDDER_ORG_CODE", refused.getString("item"));
    assertFalse(refused.getString("messageEn").isBlank());

    String period = "from=" + Http.TODAY.minusDays(1) + "&to=" + Http.TODAY.plusDays(1);
    HttpResponse<String> xml = Http.get("/api/v1/exchange/national?" + period + "&format=xml", zjj);
    assertEquals(200, xml.statusCode(), xml.body());
    assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    assertTrue(xml.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    assertTrue(xml.body().contains("<TENDER_PROJECT_CODE>IT-XCH-1</TENDER_PROJECT_CODE>"), xml.body());
    assertTrue(xml.body().contains("<WIN_BIDDER_CODE>" + code(900) + "</WIN_BIDDER_CODE>"));

    HttpResponse<String> ocds = Http.get("/api/v1/exchange/ocds?" + period, zjj);
    assertEquals(200, ocds.statusCode(), ocds.body());
    HttpResponse<String> taken = Http.post("/api/v1/exchange/ocds", ocds.body(), nyj);
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(0, Http.json(taken).getJsonArray("refused").size(), taken.body());

    HttpResponse<String> gbk = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(Http.BASE + "/api/v1/exchange/national")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + zjj)
        .POST(HttpRequest.BodyPublishers.ofByteArray(batch.getBytes(Charset.forName("GBK"))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, gbk.statusCode(), gbk.body());
    assertEquals("exchange.encoding", Http.json(gbk).getString("code"));
    assertEquals("file", Http.json(gbk).getString("field"));

    assertEquals(403, Http.get("/api/v1/exchange/national?" + period, clerk).statusCode());
  }

  /**
   * A national-format batch of one tender project: the project, three bidders (codes from {@code firstCode}),
   * a fourth bidder without its credit code (refused: BIDDER_ORG_CODE) and the result naming the first.
   */
  static String exchangeBatch(String project, int firstCode) {
    JsonArrayBuilder bidders = Json.createArrayBuilder();
    for (int i = 0; i < 3; i++) {
      bidders.add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE", project).add("BID_SECTION_CODE", "BD1")
          .add("BIDDER_NAME", "交换建设" + i + "有限公司").add("BIDDER_ORG_CODE", code(firstCode + i))
          .add("BID_PRICE", 2000000 + i * 37100).add("PRICE_CURRENCY", "CNY"));
    }
    bidders.add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE", project).add("BID_SECTION_CODE", "BD1")
        .add("BIDDER_NAME", "无代码公司").add("BID_PRICE", 1));
    return Json.createObjectBuilder()
        .add("HEADER", Json.createObjectBuilder().add("PLATFORM_CODE", "HB-GGZY"))
        .add("TENDER_PROJECT", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("PROJECT_CODE", "2026-421181-48-01-" + project).add("TENDER_PROJECT_CODE", project)
            .add("TENDER_PROJECT_NAME", "麻城市交换道路工程").add("TENDERER_NAME", "麻城市住建局")
            .add("APPROVE_DATE", "2026-09-01").add("TENDER_MODE", "1").add("IS_TO_LAW", "1")
            .add("TENDER_PROJECT_TYPE", "A01").add("CONTRACT_KIND", "1").add("CONTRACT_RECKON_PRICE", "9000000")))
        .add("TENDER_LIST", bidders)
        .add("WIN_RESULT", Json.createArrayBuilder().add(Json.createObjectBuilder().add("TENDER_PROJECT_CODE",
            project).add("BID_SECTION_CODE", "BD1").add("WIN_BIDDER_CODE", code(firstCode))))
        .build().toString();
  }

  /**
   * Adds the template, two bid files copying each other and a panel where one expert pushes the first
   * bidder up to the section; answers the text of the first passage the warning shows.
   */
  private static String copiedFilesAndADeviatingExpert(String token, String project, String a, String b)
      throws Exception {
    HttpResponse<String> template = Http.post("/api/v1/rigging/tender-documents", RiggingEvidenceIT.rows(
        Json.createArrayBuilder().add(Json.createObjectBuilder().add("projectCode", project).add("sectionCode", "BD1")
            .add("text", RiggingEvidenceIT.TEMPLATE))), token);
    assertEquals(200, template.statusCode(), template.body());
    JsonArrayBuilder documents = Json.createArrayBuilder();
    JsonArrayBuilder scores = Json.createArrayBuilder();
    String[] codes = {a, b};
    String[] texts = {RiggingEvidenceIT.DOC_A, RiggingEvidenceIT.DOC_B};
    double[][] panel = {{80, 81, 79, 80, 96}, {85, 86, 84, 85, 84}};
    for (int i = 0; i < 2; i++) {
      documents.add(Json.createObjectBuilder().add("projectCode", project).add("sectionCode", "BD1")
          .add("bidderCode", codes[i]).add("text", texts[i]));
      for (int expert = 0; expert < 5; expert++) {
        scores.add(Json.createObjectBuilder().add("projectCode", project).add("sectionCode", "BD1")
            .add("expertId", "ZJ-0" + (expert + 1)).add("bidderCode", codes[i]).add("score", panel[i][expert]));
      }
    }
    HttpResponse<String> docs = Http.post("/api/v1/rigging/documents", RiggingEvidenceIT.rows(documents), token);
    assertEquals(200, docs.statusCode(), docs.body());
    HttpResponse<String> scored = Http.post("/api/v1/rigging/scores", RiggingEvidenceIT.rows(scores), token);
    assertEquals(200, scored.statusCode(), scored.body());
    String id = Http.json(scored).getJsonArray("warnings").getString(0);
    JsonObject detail = Http.json(Http.get("/api/v1/rigging/warnings/" + id, token));
    return detail.getJsonArray("evidence").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("kind").equals("DOCUMENT")).findFirst().orElseThrow(() -> new AssertionError(
            "no document evidence: " + detail)).getJsonArray("passages").getJsonObject(0).getString("text");
  }
}
