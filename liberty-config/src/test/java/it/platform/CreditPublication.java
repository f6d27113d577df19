package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Credit through the real server: officers record (a second person approves) and list an
 * enterprise and an expert through the API; the public API shows them without anything private
 * (PlatformIT then searches for them in the browser at 360 px with {@code credit-search.mjs}).
 */
final class CreditPublication {
  static final String ENTERPRISE = "麻城市鼎盛路桥工程有限公司";
  static final String CODE = "91421181MA49X0Q50K";
  static final String EXPERT = "评标专家甲某";
  static final String EXPERT_ID = "11010519491231002X";
  static final String NOTE = "内部备注-不得公开";

  private final String clerk;
  private final String head;

  CreditPublication(String clerkToken, String headToken) {
    this.clerk = clerkToken;
    this.head = headToken;
  }

  /** Enters a penalty record as the clerk, approves it as the head, lists it; returns the entry id. */
  String list(String kind, String name, String code, String residentId, String listClass, String measure)
      throws IOException, InterruptedException {
    LocalDate today = Http.TODAY;
    var record = Json.createObjectBuilder().add("subjectKind", kind).add("subjectName", name).add("kind", "PENALTY")
        .add("summary", "串通投标，处以罚款").add("legalBasis", "《招标投标法实施条例》第六十七条")
        .add("internalNote", NOTE).add("decidedOn", today.toString());
    if (code != null) {
      record.add("creditCode", code);
    }
    if (residentId != null) {
      record.add("residentId", residentId);
    }
    HttpResponse<String> entered = Http.post("/api/v1/credit/records", record.build().toString(), clerk);
    assertEquals(201, entered.statusCode(), entered.body());
    JsonObject r = Http.json(entered);
    assertEquals("PENDING_APPROVAL", r.getString("status"));
    String approval = "{\"version\":" + r.getJsonNumber("version").longValue() + ",\"approve\":true}";
    assertEquals(403, Http.post("/api/v1/credit/records/" + r.getString("id") + "/approval", approval, clerk)
        .statusCode(), "the clerk who entered it cannot approve it");
    HttpResponse<String> approved = Http.post("/api/v1/credit/records/" + r.getString("id") + "/approval", approval,
        head);
    assertEquals(200, approved.statusCode(), approved.body());
    JsonArrayBuilder measures = Json.createArrayBuilder().add(measure);
    String entry = Json.createObjectBuilder().add("recordId", r.getString("id")).add("listClass", listClass)
        .add("reason", "串通投标，情节严重").add("legalBasis", "《招标投标法实施条例》第六十七条")
        .add("measures", measures).add("start", today.toString()).add("end", today.plusMonths(8).toString())
        .build().toString();
    HttpResponse<String> listed = Http.post("/api/v1/credit/blacklist", entry, head);
    assertEquals(201, listed.statusCode(), listed.body());
    assertEquals("PUBLISHED", Http.json(listed).getString("status"));
    return Http.json(listed).getString("id");
  }

  /** The public answers carry the entry, the masked ID, and nothing private. */
  static void checkPublicAnswers() throws IOException, InterruptedException {
    String q = URLEncoder.encode("鼎盛路桥", StandardCharsets.UTF_8);
    HttpResponse<String> black = Http.get("/api/v1/public/credit/blacklist?region=421181&q=" + q, null);
    assertEquals(200, black.statusCode(), black.body());
    JsonObject page = Http.json(black);
    assertEquals(1, page.getInt("total"));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertEquals(CODE, first.getString("identifier"));
    assertEquals("《招标投标法实施条例》第六十七条", first.getString("legalBasis"));
    String subjectId = first.getString("subjectId");
    HttpResponse<String> all = Http.get("/api/v1/public/credit/blacklist?region=421181&limit=100", null);
    HttpResponse<String> subjects = Http.get("/api/v1/public/credit/subjects?region=421181&q="
        + URLEncoder.encode(EXPERT, StandardCharsets.UTF_8), null);
    HttpResponse<String> detail = Http.get("/api/v1/public/credit/subjects/" + subjectId + "?region=421181", null);
    HttpResponse<String> red = Http.get("/api/v1/public/credit/redlist?region=421181", null);
    for (HttpResponse<String> r : new HttpResponse[] {all, subjects, detail, red}) {
      assertEquals(200, r.statusCode(), r.body());
      assertFalse(r.body().contains(EXPERT_ID), "a whole ID number in " + r.uri());
      assertFalse(r.body().contains(NOTE), "an internal note in " + r.uri());
      assertFalse(r.body().contains("internalNote") || r.body().contains("enteredBy")
          || r.body().contains("contactPhone"), "an internal field in " + r.uri());
    }
    assertTrue(all.body().contains("1101************2X"), "the expert is listed with the masked ID number");
    assertTrue(subjects.body().contains(EXPERT));
    assertEquals(400, Http.get("/api/v1/public/credit/blacklist?region=999999", null).statusCode());
    assertTrue(Http.get("/openapi", null).body().contains("/api/v1/public/credit/blacklist"));
  }
}
