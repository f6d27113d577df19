package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public channel through real HTTP on the packaged WAR, with the default settings (16-bit
 * proof of work, default rate limits): every validation rule answered with code, both texts and
 * field; idempotent retries; uploads judged by content and size; the access code; the officers'
 * masked view and reveal; rate limits last (they would slow the other tests down).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ID = "11010519491231002X";
  /** The complainant's mobile number in {@link #complaint}. */
  static final String PHONE = "13812345678";

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return Http.json(raw);
    }
  }

  static Answer call(String method, String path, String json, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.BASE + path)).timeout(Duration.ofSeconds(60))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.body(), r);
  }

  static JsonObject proof(String device) throws Exception {
    Answer c = call("POST", "/api/v1/public/intake/challenges", null, "X-Device-Id", device);
    assertEquals(201, c.status(), c.body());
    String challenge = c.json().getString("challenge");
    int difficulty = c.json().getInt("difficulty");
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (long n = 0; ; n++) {
      byte[] h = sha.digest((challenge + ":" + n).getBytes(StandardCharsets.UTF_8));
      int bits = 0;
      for (byte x : h) {
        if (x == 0) {
          bits += 8;
          continue;
        }
        bits += Integer.numberOfLeadingZeros(x & 0xFF) - 24;
        break;
      }
      if (bits >= difficulty) {
        return Json.createObjectBuilder().add("challenge", challenge).add("counter", Long.toString(n)).build();
      }
    }
  }

  static String today(int plusDays) {
    return Http.TODAY.plusDays(plusDays).toString();
  }

  /** A valid complaint of a natural person; {@code change} replaces or removes (null) fields. */
  static JsonObject complaint(JsonObject proof, String... change) {
    JsonObjectBuilder person = Json.createObjectBuilder().add("kind", "NATURAL").add("name", "张三").add("idNumber", ID)
        .add("phone", PHONE).add("address", "麻城市某路1号");
    JsonObjectBuilder b = Json.createObjectBuilder().add("region", "421181").add("proof", proof)
        .add("respondent", "麻城市某建设公司").add("projectName", "麻城市某道路改造工程").add("section", "一标段")
        .add("industry", "HOUSING_CONSTRUCTION").add("matter", "BID_RIGGING").add("objectionSubject", "NONE")
        .add("facts", "投标文件由同一台电脑制作。").add("request", "请依法调查。").add("learnedOn", today(-2))
        .add("declaration", true);
    for (int i = 0; i < change.length; i += 2) {
      String key = change[i];
      String value = change[i + 1];
      if (key.startsWith("complainant.")) {
        String field = key.substring("complainant.".length());
        if (value == null) {
          person.addNull(field);
        } else {
          person.add(field, value);
        }
      } else if (value == null) {
        b.addNull(key);
      } else if (key.equals("declaration")) {
        b.add(key, Boolean.parseBoolean(value));
      } else if (key.endsWith("UploadIds")) {
        b.add(key, Json.createArrayBuilder().add(value));
      } else {
        b.add(key, value);
      }
    }
    return b.add("complainant", person).build();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(new String[] {"region", "999999"}, "intake.region.unknown", "region"),
        Arguments.of(new String[] {"complainant.kind", "ROBOT"}, "intake.field.invalid", "complainant.kind"),
        Arguments.of(new String[] {"complainant.name", " "}, "intake.name.required", "complainant.name"),
        Arguments.of(new String[] {"complainant.idNumber", null}, "intake.idNumber.required", "complainant.idNumber"),
        Arguments.of(new String[] {"complainant.idNumber", "11010519491231002"}, "intake.idNumber.format",
            "complainant.idNumber"),
        Arguments.of(new String[] {"complainant.idNumber", "110105194912310021"}, "intake.idNumber.checksum",
            "complainant.idNumber"),
        Arguments.of(new String[] {"complainant.idNumber", "11010519491331002X"}, "intake.idNumber.birthDate",
            "complainant.idNumber"),
        Arguments.of(new String[] {"complainant.kind", "LEGAL", "complainant.organisation", "某公司",
            "complainant.creditCode", "91350100M000100Y44"}, "intake.creditCode.checksum", "complainant.creditCode"),
        Arguments.of(new String[] {"complainant.kind", "LEGAL", "complainant.organisation", "某公司",
            "complainant.creditCode", "91350100O000100Y43"}, "intake.creditCode.format", "complainant.creditCode"),
        Arguments.of(new String[] {"complainant.kind", "LEGAL", "complainant.creditCode", "91350100M000100Y43"},
            "intake.organisation.required", "complainant.organisation"),
        Arguments.of(new String[] {"complainant.kind", "LEGAL", "complainant.organisation", "某公司"},
            "intake.creditCode.required", "complainant.creditCode"),
        Arguments.of(new String[] {"complainant.phone", null}, "intake.phone.required", "complainant.phone"),
        Arguments.of(new String[] {"complainant.phone", "12345678901"}, "intake.phone.invalid", "complainant.phone"),
        Arguments.of(new String[] {"complainant.address", ""}, "intake.address.required", "complainant.address"),
        Arguments.of(new String[] {"respondent", null}, "intake.respondent.required", "respondent"),
        Arguments.of(new String[] {"projectName", null}, "intake.projectName.required", "projectName"),
        Arguments.of(new String[] {"matter", null}, "intake.matter.required", "matter"),
        Arguments.of(new String[] {"matter", "BRIBERY"}, "intake.field.invalid", "matter"),
        Arguments.of(new String[] {"facts", ""}, "intake.facts.required", "facts"),
        Arguments.of(new String[] {"facts", "长".repeat(4001)}, "intake.text.tooLong", "facts"),
        Arguments.of(new String[] {"request", null}, "intake.request.required", "request"),
        Arguments.of(new String[] {"learnedOn", null}, "intake.learnedOn.required", "learnedOn"),
        Arguments.of(new String[] {"learnedOn", today(1)}, "intake.learnedOn.future", "learnedOn"),
        Arguments.of(new String[] {"learnedOn", "01/03/2026"}, "intake.field.invalid", "learnedOn"),
        Arguments.of(new String[] {"objectionSubject", null}, "intake.objectionSubject.required", "objectionSubject"),
        Arguments.of(new String[] {"objectionSubject", "EVALUATION_RESULT", "objectionProofUploadIds",
            "none-such-upload-0001"}, "intake.objectionRaisedOn.required", "objectionRaisedOn"),
        Arguments.of(new String[] {"objectionSubject", "BID_OPENING", "objectionRaisedOn", today(1)},
            "intake.objectionRaisedOn.future", "objectionRaisedOn"),
        Arguments.of(new String[] {"objectionSubject", "TENDER_DOCUMENTS", "objectionRaisedOn", today(-3)},
            "intake.objectionProof.required", "objectionProofUploadIds"),
        Arguments.of(new String[] {"declaration", "false"}, "intake.declaration.required", "declaration"),
        Arguments.of(new String[] {"evidenceUploadIds", "never-uploaded-000001"}, "intake.evidence.unknown",
            "evidenceUploadIds"));
  }

  @ParameterizedTest(name = "{1} at {2}")
  @MethodSource("rules")
  @Order(1)
  void everyRuleIsAnsweredWithCodeTextsAndField(String[] change, String code, String field) throws Exception {
    // validation comes before the proof of work: an unsolved (dummy) proof does not hide faults
    JsonObject dummy = Json.createObjectBuilder().add("challenge", "x").add("counter", "0").build();
    Answer a = call("POST", "/api/v1/public/complaints", complaint(dummy, change).toString(),
        "Idempotency-Key", UUID.randomUUID().toString());
    assertEquals(400, a.status(), a.body());
    boolean found = false;
    for (JsonValue v : a.json().getJsonArray("errors")) {
      JsonObject e = v.asJsonObject();
      if (e.getString("code").equals(code) && field.equals(e.getString("field", null))) {
        found = true;
        assertNotEquals(code, e.getString("message"), "Chinese text");
        assertNotEquals(code, e.getString("messageEn"), "English text");
        assertNotEquals(e.getString("message"), e.getString("messageEn"));
      }
    }
    assertTrue(found, a.body());
  }

  @Test
  @Order(2)
  void aComplaintIsAcknowledgedOnceAndARetryGetsTheSameReceipt() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = complaint(proof("it-phone-1")).toString();
    Answer first = call("POST", "/api/v1/public/complaints", body, "Idempotency-Key", key, "X-Device-Id", "it-phone-1");
    assertEquals(201, first.status(), first.body());
    assertTrue(first.json().getString("receiptNumber").matches("TS421181-[0-9A-Z]{10}"));
    assertTrue(first.raw().headers().firstValue("Location").orElseThrow().endsWith(
        "/api/v1/public/tracking/" + first.json().getString("receiptNumber")));
    Answer again = call("POST", "/api/v1/public/complaints", body, "Idempotency-Key", key, "X-Device-Id", "it-phone-1");
    assertEquals(201, again.status());
    assertEquals(first.json().getString("receiptNumber"), again.json().getString("receiptNumber"));
    assertEquals(first.json().getString("accessCode"), again.json().getString("accessCode"));
    assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
    Answer changed = call("POST", "/api/v1/public/complaints",
        complaint(proof("it-phone-1"), "matter", "FRAUD").toString(), "Idempotency-Key", key);
    assertEquals(409, changed.status());
    assertEquals("intake.idempotencyKey.conflict", changed.json().getString("code"));
    Answer late = call("POST", "/api/v1/public/complaints", complaint(proof("it-phone-1"), "learnedOn", today(-30))
        .toString(), "Idempotency-Key", UUID.randomUUID().toString());
    assertEquals(201, late.status(), late.body());
    assertTrue(late.json().getBoolean("late"), "accepted and flagged");
    Answer noProof = call("POST", "/api/v1/public/complaints", complaint(Json.createObjectBuilder()
        .add("challenge", "v1.x.1.1.y").add("counter", "1").build()).toString(), "Idempotency-Key",
        UUID.randomUUID().toString());
    assertEquals(400, noProof.status());
    assertEquals("intake.proof.invalid", noProof.json().getString("code"));
  }

  static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Answer upload(String fileName, byte[] content) throws Exception {
    String boundary = "----it" + UUID.randomUUID();
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/public/uploads"))
        .timeout(Duration.ofSeconds(120)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, content))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.body(), r);
  }

  static byte[] jpeg(int size) {
    byte[] b = new byte[size];
    new Random(size).nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    b[3] = (byte) 0xE0;
    return b;
  }

  @Test
  @Order(3)
  void uploadsAreJudgedByTheirContentAndSize() throws Exception {
    byte[] exe = new byte[4000];
    exe[0] = 'M';
    exe[1] = 'Z';
    Answer program = upload("photo.jpg", exe);
    assertEquals(400, program.status());
    assertEquals("intake.upload.type.notAllowed", program.json().getString("code"));
    Answer big = upload("big.jpg", jpeg((20 << 20) + 1));
    assertEquals(400, big.status());
    assertEquals("intake.upload.tooLarge", big.json().getString("code"));
    byte[] photo = jpeg(300_000);
    Answer ok = upload("现场照片.jpg", photo);
    assertEquals(201, ok.status(), ok.body());
    assertEquals("image/jpeg", ok.json().getString("contentType"));
    assertEquals("现场照片.jpg", ok.json().getString("fileName"));
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)),
        ok.json().getString("sha256"));
    JsonObject limits = call("GET", "/api/v1/public/intake/limits", null).json();
    assertEquals(20 << 20, limits.getJsonNumber("maxFileBytes").longValue());
    assertTrue(limits.getJsonArray("allowedTypes").toString().contains("video/mp4"));
  }

  @Test
  @Order(4)
  void theFilerFollowsUpAndTheHandlingOfficerSeesTheIdentityMaskedUntilRevealed() throws Exception {
    byte[] photo = jpeg(50_000);
    String uploadId = upload("证据.jpg", photo).json().getString("uploadId");
    JsonObject report = Json.createObjectBuilder().add("region", "421181").add("proof", proof("it-phone-2"))
        .add("anonymous", false).add("reporter", Json.createObjectBuilder().add("name", "王五")
            .add("phone", "13912345678"))
        .add("industry", "TRANSPORT").add("matter", "OFFICIAL_INTERFERENCE").add("projectName", "某公路工程")
        .add("facts", "有干部打招呼。").add("evidenceUploadIds", Json.createArrayBuilder().add(uploadId)).build();
    Answer filed = call("POST", "/api/v1/public/reports", report.toString(), "Idempotency-Key",
        UUID.randomUUID().toString(), "X-Device-Id", "it-phone-2");
    assertEquals(201, filed.status(), filed.body());
    String receipt = filed.json().getString("receiptNumber");
    String code = filed.json().getString("accessCode");
    JsonObject tracking = null;
    for (int i = 0; i < 60; i++) {
      tracking = call("GET", "/api/v1/public/tracking/" + receipt, null, "X-Access-Code", code).json();
      if (tracking.containsKey("caseNumber") && !tracking.isNull("caseNumber")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("REGISTERED", tracking.getString("status"), tracking.toString());
    assertFalse(tracking.toString().contains("王五"), "no identity on the public view");
    String caseNumber = tracking.getString("caseNumber");

    String admin = Http.token("admin", ADMIN_PASSWORD);
    String officer = officer(admin, "421181-jtj", "jtj.intake", "DEPARTMENT_OFFICER");
    Answer inbox = call("GET", "/api/v1/cases?inbox=DEPARTMENT&number="
        + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8), null, "Authorization", "Bearer " + officer);
    JsonArray lines = inbox.json().getJsonArray("lines");
    assertEquals(1, lines.size(), inbox.body());
    String caseId = lines.getJsonObject(0).getString("id");
    Answer submission = call("GET", "/api/v1/cases/" + caseId + "/submission", null, "Authorization",
        "Bearer " + officer);
    assertEquals(200, submission.status(), submission.body());
    assertEquals("王*", submission.json().getJsonObject("identity").getString("name"));
    assertEquals("139****5678", submission.json().getJsonObject("identity").getString("phone"));
    Answer noReason = call("POST", "/api/v1/cases/" + caseId + "/submission/identity-reveals", "{}",
        "Authorization", "Bearer " + officer);
    assertEquals(400, noReason.status());
    assertEquals("intake.reveal.reason.required", noReason.json().getString("code"));
    Answer revealed = call("POST", "/api/v1/cases/" + caseId + "/submission/identity-reveals",
        "{\"reason\":\"核实举报线索需电话联系\"}", "Authorization", "Bearer " + officer);
    assertEquals(200, revealed.status(), revealed.body());
    assertEquals("王五", revealed.json().getString("name"));
    String other = officer(admin, "421181-slj", "slj.intake", "DEPARTMENT_OFFICER");
    assertEquals(404, call("GET", "/api/v1/cases/" + caseId + "/submission", null, "Authorization",
        "Bearer " + other).status(), "another department does not see it");

    Answer message = call("POST", "/api/v1/cases/" + caseId + "/submission/messages",
        "{\"text\":\"请补充通话录音。\"}", "Authorization", "Bearer " + officer);
    assertEquals(201, message.status(), message.body());
    JsonObject followed = call("GET", "/api/v1/public/tracking/" + receipt, null, "X-Access-Code", code).json();
    assertEquals("请补充通话录音。", followed.getJsonArray("messages").getJsonObject(0).getString("text"));
    String fileId = submission.json().getJsonArray("files").getJsonObject(0).getString("id");
    HttpResponse<byte[]> file = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/cases/" + caseId
        + "/submission/files/" + fileId)).header("Authorization", "Bearer " + officer).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)),
        file.headers().firstValue("X-Content-SHA256").orElseThrow());
    assertEquals(photo.length, file.body().length);
    HttpResponse<byte[]> pdf = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/public/tracking/"
        + receipt + "/receipt")).header("X-Access-Code", code).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
    String printed;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      printed = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    String page = printed.replaceAll(".*?(https?://\\S+?/tracking/" + receipt + ").*", "$1");
    assertTrue(page.startsWith("http"), "the receipt names its own tracking page: " + printed);
    assertEquals(200, Http.get(URI.create(page).getPath(), null).statusCode(), page + " exists");
    Answer notYet = call("GET", "/api/v1/public/tracking/" + receipt + "/notices/ACCEPTANCE", null, "X-Access-Code",
        code);
    assertEquals(404, notYet.status(), "no notice served before acceptance");
    assertEquals("intake.notice.notFound", notYet.json().getString("code"));

    Answer wrong = call("GET", "/api/v1/public/tracking/" + receipt, null, "X-Access-Code", "AAAA-BBBB-CCCC-DDDD");
    Answer unknown = call("GET", "/api/v1/public/tracking/JB421181-0000000000", null, "X-Access-Code", code);
    assertEquals(404, wrong.status());
    assertEquals(wrong.body(), unknown.body(), "a wrong code answers like an unknown receipt");
    Answer slowed = null;
    for (int i = 0; i < 6 && (slowed == null || slowed.status() != 429); i++) {
      slowed = call("GET", "/api/v1/public/tracking/" + receipt, null, "X-Access-Code", "0000-0000-0000-000" + i);
    }
    assertEquals(429, slowed.status());
    assertEquals("intake.rate.tracking", slowed.json().getString("code"));
    assertTrue(slowed.raw().headers().firstValue("Retry-After").isPresent());
  }

  @Test
  @Order(5)
  void theOpenApiDocumentDescribesThePublicChannel() throws Exception {
    String openapi = call("GET", "/openapi", null).body();
    for (String path : new String[] {"/api/v1/public/complaints", "/api/v1/public/reports", "/api/v1/public/uploads",
        "/api/v1/public/tracking/{receiptNumber}", "/api/v1/cases/{id}/submission"}) {
      assertTrue(openapi.contains(path), path);
    }
  }

  @Test
  @Order(9)
  void submissionsFromOneDeviceArePaced() throws Exception {
    Answer refused = null;
    for (int i = 0; i < 25 && (refused == null || refused.status() != 429); i++) {
      JsonObject body = Json.createObjectBuilder().add("region", "421181").add("proof", proof("it-phone-9"))
          .add("anonymous", true).add("matter", "OTHER").add("facts", "第" + i + "条").build();
      refused = call("POST", "/api/v1/public/reports", body.toString(), "Idempotency-Key",
          UUID.randomUUID().toString(), "X-Device-Id", "it-phone-9");
    }
    assertEquals(429, refused.status(), refused.body());
    assertTrue(refused.json().getString("code").startsWith("intake.rate."), refused.body());
    assertFalse(refused.json().getString("message").isBlank());
    assertFalse(refused.json().getString("messageEn").isBlank());
    assertTrue(Integer.parseInt(refused.raw().headers().firstValue("Retry-After").orElseThrow()) >= 1);
  }

  private static String officer(String admin, String tenant, String login, String role) throws Exception {
    String json = Json.createObjectBuilder().add("tenantId", tenant).add("login", login).add("displayName", "承办人")
        .add("roles", Json.createArrayBuilder().add(role)).build().toString();
    Answer created = call("POST", "/api/v1/accounts", json, "Authorization", "Bearer " + admin);
    assertEquals(201, created.status(), created.body());
    return Http.token(login, created.json().getString("initialPassword"));
  }
}
