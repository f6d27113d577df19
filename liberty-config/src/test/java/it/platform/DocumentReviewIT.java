package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 招标文件审查 over real HTTP: a department officer uploads a tender document (multipart) with
 * discriminatory clauses, confirms and dismisses the findings, issues the rectification notice, fetches
 * its PDF and uploads corrected documents until the review is rectified; another department's officer
 * gets 404; the office's edit of the rule book that breaks a rule's own example is refused with 400 and
 * the detail, and a department may not edit it at all; the office imports a model text (范本), which a
 * department may not, and a department's review is compared with it clause by clause.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentReviewIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String DOCUMENT = """
      第一章 招标公告
      1. 本项目采用综合评估法。
      2. 投标人须在本市设立分公司。
      3. 投标保证金为人民币伍拾万元整。
      \f第二章 投标人须知
      4. 电梯须采用三菱品牌。
      5. 投标人应当具有类似工程业绩。
      """;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void aDocumentIsReviewedNoticedAndRectifiedAndAnotherDepartmentSeesNothing() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String jtj = Http.token("review.jtj", Http.newAccount(admin, "421181-jtj", "review.jtj", "交通审查员",
        "DEPARTMENT_OFFICER"));
    String zjj = Http.token("review.zjj", Http.newAccount(admin, "421181-zjj", "review.zjj", "住建审查员",
        "DEPARTMENT_OFFICER"));

    Map<String, String> project = new LinkedHashMap<>();
    project.put("projectCode", "IT-DR-G230");
    project.put("projectName", "G230 麻城段改建工程");
    project.put("sectionName", "一标段");
    project.put("employer", "麻城市交通运输局");
    project.put("agency", "湖北某招标代理有限公司");
    project.put("estimate", "20000000");
    HttpResponse<String> uploaded = multipart("/api/v1/document-reviews", project, "招标文件.txt", DOCUMENT, jtj);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject review = Http.json(uploaded);
    String id = review.getString("id");
    assertTrue(uploaded.headers().firstValue("Location").orElse("").endsWith("/api/v1/document-reviews/" + id),
        uploaded.headers().toString());
    assertEquals("UNDER_REVIEW", review.getString("state"));
    assertEquals("招标文件.txt", review.getJsonArray("files").getJsonObject(0).getString("fileName"));
    assertEquals(List.of("region.local-entity", "bond.bid-bond-ratio", "brand.designated"), ruleIds(review));
    JsonObject branch = review.getJsonArray("findings").getJsonObject(0);
    assertEquals(1, branch.getInt("page"));
    assertEquals("投标人须在本市设立分公司", branch.getString("clause").replaceAll("^2\\.\\s*|。$", ""));
    JsonObject span = branch.getJsonArray("spans").getJsonObject(0);
    assertEquals("在本市设立分公司", branch.getString("clause").substring(span.getInt("start"), span.getInt("end")));
    assertFalse(branch.getString("basis").isEmpty());
    assertEquals("OPEN", branch.getString("state"));

    HttpResponse<String> listed = Http.get("/api/v1/document-reviews?limit=200", jtj);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(Http.json(listed).getJsonArray("items").stream()
        .anyMatch(s -> s.asJsonObject().getString("id").equals(id) && s.asJsonObject().getInt("open") == 3));

    // another department: not found, not listed, not decided
    HttpResponse<String> foreign = Http.get("/api/v1/document-reviews/" + id, zjj);
    assertEquals(404, foreign.statusCode(), foreign.body());
    assertEquals("notFound", Http.json(foreign).getString("code"));
    assertEquals(404, Http.post("/api/v1/document-reviews/" + id + "/findings/1/confirm", "", zjj).statusCode());
    assertEquals(404, Http.get("/api/v1/document-reviews/" + id + "/notice.pdf", zjj).statusCode());
    assertFalse(Http.get("/api/v1/document-reviews?limit=200", zjj).body().contains(id));

    HttpResponse<String> early = Http.post("/api/v1/document-reviews/" + id + "/notice", "", jtj);
    assertEquals(409, early.statusCode(), early.body());
    assertEquals("review.notice.notReady", Http.json(early).getString("code"));
    assertEquals(200, Http.post("/api/v1/document-reviews/" + id + "/findings/1/confirm", "", jtj).statusCode());
    HttpResponse<String> confirmed = Http.post("/api/v1/document-reviews/" + id + "/findings/2/confirm", "", jtj);
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals("CONFIRMED", Http.json(confirmed).getJsonArray("findings").getJsonObject(1).getString("state"));
    HttpResponse<String> noReason = Http.post("/api/v1/document-reviews/" + id + "/findings/3/dismiss",
        "{\"reason\":\" \"}", jtj);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals("review.finding.reason", Http.json(noReason).getString("code"));
    assertEquals("reason", Http.json(noReason).getString("field"));
    HttpResponse<String> dismissed = Http.post("/api/v1/document-reviews/" + id + "/findings/3/dismiss",
        "{\"reason\":\"招标人已补充“或相当于”的表述\"}", jtj);
    assertEquals(200, dismissed.statusCode(), dismissed.body());
    JsonObject decided = Http.json(dismissed);
    assertEquals("AWAITING_NOTICE", decided.getString("state"));
    assertEquals("招标人已补充“或相当于”的表述", decided.getJsonArray("findings").getJsonObject(2).getString("reason"));

    assertEquals(404, Http.get("/api/v1/document-reviews/" + id + "/notice.pdf", jtj).statusCode(), "no notice yet");
    HttpResponse<String> noticed = Http.post("/api/v1/document-reviews/" + id + "/notice", "", jtj);
    assertEquals(200, noticed.statusCode(), noticed.body());
    JsonObject notice = Http.json(noticed).getJsonObject("rectification");
    assertEquals("NOTICE_ISSUED", Http.json(noticed).getString("state"));
    assertEquals("麻城市交通运输局、湖北某招标代理有限公司", notice.getString("addressees"));
    assertTrue(LocalDate.parse(notice.getString("dueDate")).isAfter(Http.TODAY.plusDays(4)), notice.toString());
    HttpResponse<String> late = Http.post("/api/v1/document-reviews/" + id + "/findings/3/confirm", "", jtj);
    assertEquals(409, late.statusCode(), late.body());
    assertEquals("review.finding.afterNotice", Http.json(late).getString("code"));

    HttpResponse<byte[]> pdf = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/document-reviews/"
        + id + "/notice.pdf")).header("Authorization", "Bearer " + jtj).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"rectification-notice-" + id + ".pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    String text = text(pdf.body());
    assertTrue(text.contains("招标文件整改通知书") && text.contains("投标人须在本市设立分公司")
        && text.contains(notice.getString("noticeNumber")), text);
    assertFalse(text.contains("电梯须采用三菱品牌"), "a dismissed finding is not in the notice");

    HttpResponse<String> partly = multipart("/api/v1/document-reviews/" + id + "/corrections", Map.of(),
        "修改稿.txt", DOCUMENT.replace("伍拾万元", "叁拾万元"), jtj);
    assertEquals(200, partly.statusCode(), partly.body());
    JsonObject still = Http.json(partly).getJsonObject("rectification");
    assertFalse(still.getBoolean("rectified"));
    assertEquals(1, still.getJsonArray("remaining").size(), still.toString());
    assertEquals("region.local-entity", still.getJsonArray("remaining").getString(0));
    HttpResponse<String> corrected = multipart("/api/v1/document-reviews/" + id + "/corrections", Map.of(),
        "修改稿2.txt", DOCUMENT.replace("伍拾万元", "叁拾万元").replace("投标人须在本市设立分公司。", "中标人应在项目所在地设立项目部。"),
        jtj);
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject done = Http.json(corrected);
    assertEquals("RECTIFIED", done.getString("state"));
    assertTrue(done.getJsonObject("rectification").getBoolean("rectified"));
    assertEquals(3, done.getJsonArray("files").size());
    assertEquals("修改稿2.txt", done.getJsonArray("files").getJsonObject(2).getString("fileName"));
    HttpResponse<String> again = multipart("/api/v1/document-reviews/" + id + "/corrections", Map.of(), "修改稿3.txt",
        "中标人应在项目所在地设立项目部。", jtj);
    assertEquals(409, again.statusCode(), again.body());
    assertEquals("review.correction.noNotice", Http.json(again).getString("code"));
  }

  @Test
  void aFileThatCannotBeReviewedIsRefusedAtItsField() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String slj = Http.token("review.slj", Http.newAccount(admin, "421181-slj", "review.slj", "水利审查员",
        "DEPARTMENT_HEAD"));
    HttpResponse<String> exe = multipart("/api/v1/document-reviews", Map.of("projectCode", "IT-DR-2",
        "projectName", "水库除险加固工程", "employer", "麻城市水利和湖泊局"), "setup.exe", "MZ", slj);
    assertEquals(400, exe.statusCode(), exe.body());
    assertEquals("review.file.type", Http.json(exe).getString("code"));
    HttpResponse<String> noEmployer = multipart("/api/v1/document-reviews", Map.of("projectCode", "IT-DR-2",
        "projectName", "水库除险加固工程"), "招标文件.txt", DOCUMENT, slj);
    assertEquals(400, noEmployer.statusCode(), noEmployer.body());
    assertEquals("review.project.employer", Http.json(noEmployer).getString("code"));
    assertEquals("employer", Http.json(noEmployer).getString("field"));
    HttpResponse<String> noFile = multipart("/api/v1/document-reviews", Map.of("projectCode", "IT-DR-2"), null,
        null, slj);
    assertEquals(400, noFile.statusCode(), noFile.body());
    assertEquals("review.file.empty", Http.json(noFile).getString("code"));
  }

  @Test
  void aRuleBookEditThatBreaksARulesOwnExampleIsRefusedWithTheDetail() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("review.jgb", Http.newAccount(admin, "421181-jgb", "review.jgb", "监管办规则维护",
        "OFFICE_OFFICER"));
    String head = Http.token("review.zjjhead", Http.newAccount(admin, "421181-zjj", "review.zjjhead", "住建科长",
        "DEPARTMENT_HEAD"));
    HttpResponse<String> read = Http.get("/api/v1/review-rules", office);
    assertEquals(200, read.statusCode(), read.body());
    JsonObject book = Http.json(read);
    int version = book.getInt("version");
    assertTrue(book.getInt("rules") > 30, book.getInt("rules") + " rules");
    String text = book.getString("text");
    assertTrue(text.contains("example+ = 投标人须在麻城市设立分公司。"));
    String broken = text.replace("example+ = 投标人须在麻城市设立分公司。", "example+ = 本项目采用综合评估法。");
    String body = Json.createObjectBuilder().add("text", broken).add("editedFrom", version)
        .add("note", "试改本地注册规则").build().toString();

    HttpResponse<String> refused = Http.send("PUT", "/api/v1/review-rules", "application/json", body, office);
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject error = Http.json(refused);
    assertEquals("review.rules.invalid", error.getString("code"));
    assertEquals("text", error.getString("field"));
    assertFalse(error.getString("message").isEmpty());
    assertTrue(error.getString("detail").contains("region.local-entity does not find its example+"), error.toString());

    HttpResponse<String> department = Http.send("PUT", "/api/v1/review-rules", "application/json", body, head);
    assertEquals(403, department.statusCode(), department.body());
    HttpResponse<String> noVersion = Http.send("PUT", "/api/v1/review-rules", "application/json",
        "{\"text\":\"x\",\"note\":\"无版本\"}", office);
    assertEquals(400, noVersion.statusCode(), noVersion.body());
    assertEquals("editedFrom", Http.json(noVersion).getString("field"));
    assertEquals(version, Http.json(Http.get("/api/v1/review-rules", head)).getInt("version"), "nothing was saved");
  }

  @Test
  void theOfficeImportsAModelTextAndAReviewIsComparedWithIt() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("model.jgb", Http.newAccount(admin, "421181-jgb", "model.jgb", "监管办范本维护",
        "OFFICE_OFFICER"));
    String jtj = Http.token("model.jtj", Http.newAccount(admin, "421181-jtj", "model.jtj", "交通审查员乙",
        "DEPARTMENT_OFFICER"));
    String zjj = Http.token("model.zjj", Http.newAccount(admin, "421181-zjj", "model.zjj", "住建审查员乙",
        "DEPARTMENT_OFFICER"));
    String model = """
        第一章 招标公告
        1. 本项目采用综合评估法。
        2. 投标保证金为人民币贰拾万元整。
        3. 投标人应当具有类似工程业绩。
        """;
    Map<String, String> name = Map.of("name", "麻城市公路工程标准施工招标文件范本（IT）");
    HttpResponse<String> refused = multipart("/api/v1/review-model-texts", name, "范本.txt", model, jtj);
    assertEquals(403, refused.statusCode(), "only the office keeps the model texts: " + refused.body());
    HttpResponse<String> noName = multipart("/api/v1/review-model-texts", Map.of(), "范本.txt", model, office);
    assertEquals(400, noName.statusCode(), noName.body());
    assertEquals("review.model.name", Http.json(noName).getString("code"));
    HttpResponse<String> imported = multipart("/api/v1/review-model-texts", name, "范本.txt", model, office);
    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject text = Http.json(imported);
    String modelId = text.getString("id");
    assertEquals("麻城市公路工程标准施工招标文件范本（IT）", text.getString("name"));
    assertEquals("范本.txt", text.getString("fileName"));
    assertTrue(text.getInt("clauses") >= 3, text.toString());
    HttpResponse<String> listed = Http.get("/api/v1/review-model-texts", jtj);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(Json.createReader(new StringReader(listed.body())).readArray().stream()
        .anyMatch(t -> t.asJsonObject().getString("id").equals(modelId)), listed.body());

    String document = model.replace("贰拾万元", "伍拾万元") + "4. 投标人须在本市设立分公司。\n";
    HttpResponse<String> uploaded = multipart("/api/v1/document-reviews", Map.of("projectCode", "IT-DR-MT",
        "projectName", "S309 麻城段大修工程", "employer", "麻城市交通运输局"), "招标文件.txt", document, jtj);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    String id = Http.json(uploaded).getString("id");

    HttpResponse<String> compared = Http.get("/api/v1/document-reviews/" + id + "/comparison?modelTextId=" + modelId,
        jtj);
    assertEquals(200, compared.statusCode(), compared.body());
    JsonObject comparison = Http.json(compared);
    assertEquals(List.of(id, modelId, "招标文件.txt"), List.of(comparison.getString("reviewId"),
        comparison.getString("modelTextId"), comparison.getString("fileName")));
    assertEquals(List.of(1, 1, 0), List.of(comparison.getInt("changed"), comparison.getInt("added"),
        comparison.getInt("removed")), comparison.toString());
    JsonObject changed = comparison.getJsonArray("deviations").getJsonObject(0);
    assertEquals("CHANGED", changed.getString("kind"));
    assertTrue(changed.getString("clause").contains("伍拾万元") && changed.getString("modelClause").contains("贰拾万元"),
        changed.toString());
    assertTrue(changed.getJsonNumber("similarity").doubleValue() >= 0.5, changed.toString());
    List<String> changes = changed.getJsonArray("changes").stream().map(c -> c.asJsonObject().getString("op") + " "
        + c.asJsonObject().getString("text")).toList();
    assertTrue(changes.stream().anyMatch(c -> c.startsWith("REMOVED") && c.contains("贰"))
        && changes.stream().anyMatch(c -> c.startsWith("ADDED") && c.contains("伍")), changes.toString());
    JsonObject added = comparison.getJsonArray("deviations").getJsonObject(1);
    assertEquals("ADDED", added.getString("kind"));
    assertTrue(added.getString("clause").contains("投标人须在本市设立分公司"), added.toString());
    assertEquals(0, added.getInt("modelPage"));

    assertEquals(404, Http.get("/api/v1/document-reviews/" + id + "/comparison?modelTextId=" + modelId, zjj)
        .statusCode(), "another department's review");
    HttpResponse<String> unknown = Http.get("/api/v1/document-reviews/" + id + "/comparison?modelTextId=MT-NONE", jtj);
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals("modelTextId", Http.json(unknown).getString("field"));
    HttpResponse<String> none = Http.get("/api/v1/document-reviews/" + id + "/comparison", jtj);
    assertEquals(400, none.statusCode(), none.body());
    assertEquals("modelTextId", Http.json(none).getString("field"));
  }

  @Test
  void theDocumentDescribesTheUploadAsAFormAndTheRefusalWithItsDetail() throws Exception {
    HttpResponse<String> r = Http.get("/openapi?format=JSON", null);
    assertEquals(200, r.statusCode());
    JsonObject doc = Http.json(r);
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    JsonObject upload = doc.getJsonObject("paths").getJsonObject("/api/v1/document-reviews").getJsonObject("post");
    assertEquals("#/components/schemas/DocumentReviewUploadRequest", upload.getJsonObject("requestBody")
        .getJsonObject("content").getJsonObject("multipart/form-data").getJsonObject("schema").getString("$ref"));
    JsonObject form = schemas.getJsonObject("DocumentReviewUploadRequest").getJsonObject("properties");
    assertTrue(form.keySet().containsAll(List.of("projectCode", "projectName", "employer", "estimate", "file")),
        form.toString());
    assertEquals("binary", form.getJsonObject("file").getString("format"));
    assertTrue(schemas.getJsonObject("RuleBookRefusal").getJsonObject("properties").containsKey("detail"));
    assertTrue(schemas.getJsonObject("DocumentReviewFinding").getJsonObject("properties").containsKey("basisEn"));
    JsonObject pdf = doc.getJsonObject("paths").getJsonObject("/api/v1/document-reviews/{id}/notice.pdf")
        .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content");
    assertTrue(pdf.containsKey("application/pdf"), pdf.toString());
  }

  private static List<String> ruleIds(JsonObject review) {
    return review.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("ruleId")).toList();
  }

  /** A multipart/form-data POST of text fields and, when {@code fileName} is given, the document as {@code file}. */
  private static HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName,
      String content, String token) throws IOException, InterruptedException {
    String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
          + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (fileName != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
    }
  }
}
