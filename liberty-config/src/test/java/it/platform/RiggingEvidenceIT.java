package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence of bid files and experts' scores over real HTTP: bids → tender template → bid files
 * (two copying each other beyond the template, one copying only the template) → scores (one expert
 * far from the panel) → the warning's passages, offsets and art. 49 basis → isolation → a case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiggingEvidenceIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PROJECT = "IT-EVID-1";

  /** The tender's own template: every bid file repeats it. */
  static final String TEMPLATE = "第一章 投标函。致：麻城市住房和城乡建设局。我方已仔细研究了本项目招标文件的全部内容，"
      + "愿意以投标报价承包本工程的施工、竣工和保修，并承担相应的质量缺陷修复责任。我方承诺在投标有效期内不修改、"
      + "不撤销投标文件。\n第二章 技术要求。混凝土浇筑完成后应及时覆盖养护，养护时间不少于七天。钢筋进场应有出厂"
      + "合格证和复试报告，未经监理工程师验收不得使用。施工现场应设置围挡，出入口设洗车平台。\n";

  /** The construction plan two bidders share word for word (not in the template). */
  static final String COPIED = "第三章 施工组织设计。本标段拟投入项目经理一名、技术负责人一名、专职安全员三名，劳务作业"
      + "人员高峰期八十五人。基坑开挖采用反铲挖掘机分层分段进行，每层开挖深度不超过一点五米，坑边两米范围内严禁堆载。"
      + "雨季施工时在基坑顶部设置截水沟，坑底四角设集水井，配备两台潜水泵随时抽排。模板工程选用十五毫米厚覆膜多层板，"
      + "背楞采用五十乘一百木方，间距不大于二百五十毫米。外脚手架采用落地式双排钢管架，立杆纵距一点五米，每隔三跨设置"
      + "一道剪刀撑，并在第二步架处满铺竹笆作为防护层。工期安排上，我方将主体结构分为东西两个流水段交替作业，计划一百"
      + "四十五个日历天完成全部施工内容。\n";

  /** A third bidder's own plan: only the template in common with the others. */
  static final String OWN_PLAN = "第三章 施工组织设计。我公司针对本工程特点，组建以注册建造师为核心的项目管理团队，下设"
      + "工程、质检、安全、材料四个职能小组。土方工程安排在旱季集中完成，开挖前由测量员复核轴线与标高，弃土外运至指定"
      + "消纳场。主体阶段采用铝合金模板体系，楼板与墙柱一次浇筑成型，减少施工缝。现场设置标准化钢筋加工棚和封闭式"
      + "搅拌站，扬尘监测仪与喷淋系统联动运行。针对夏季高温，混凝土入模温度控制在三十度以下，必要时掺加缓凝剂并安排"
      + "夜间浇筑。计划总工期一百五十日历天，关键线路为基础、主体结构与屋面防水。\n";

  static final String DOC_A = TEMPLATE + COPIED
      + "第四章 企业情况。本公司具有建筑工程施工总承包贰级资质，近三年完成类似工程四项，项目部设在施工现场北侧临建区。";
  static final String DOC_B = TEMPLATE + "第四章 质量承诺。我单位质量管理体系已通过认证，承诺保修期内接到通知后二十四小时"
      + "内到场处理，所需费用由我单位承担。\n" + COPIED;
  static final String DOC_C = TEMPLATE + OWN_PLAN;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void copiedBidFilesAndADeviatingExpertAreShownAsEvidenceAndBecomeACase() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String zjj = Http.token("evid.zjj", Http.newAccount(admin, "421181-zjj", "evid.zjj", "住建文本", "DEPARTMENT_HEAD"));
    String jtj = Http.token("evid.jtj", Http.newAccount(admin, "421181-jtj", "evid.jtj", "交通文本", "DEPARTMENT_HEAD"));
    String office = Http.token("evid.office",
        Http.newAccount(admin, "421181-jgb", "evid.office", "监管办文本", "OFFICE_OFFICER"));
    List<String> codes = List.of(RiggingApiIT.code(31), RiggingApiIT.code(32), RiggingApiIT.code(33));

    JsonArrayBuilder bids = Json.createArrayBuilder();
    String[] prices = {"1000000.00", "1043700.00", "1128500.00"};
    for (int i = 0; i < 3; i++) {
      bids.add(Json.createObjectBuilder().add("projectCode", PROJECT).add("projectName", "麻城市某学校教学楼工程")
          .add("sectionCode", "BD1").add("sectionName", "一标段").add("industry", "HOUSING_CONSTRUCTION")
          .add("bidderCode", codes.get(i)).add("bidderName", new String[] {"甲", "乙", "丙"}[i] + "建工有限公司")
          .add("price", prices[i]).add("submittedAt", "2026-03-01T09:3" + i + ":00+08:00")
          .add("machineCode", "M-EV-" + i).add("uploaderIp", "10.0.7." + (i + 1))
          .add("winner", i == 0 ? "true" : "false"));
    }
    JsonObject bidReport = ok(Http.post("/api/v1/rigging/imports", rows(bids), zjj));
    assertEquals(3, bidReport.getInt("imported"), bidReport.toString());
    assertTrue(bidReport.getJsonArray("warnings").isEmpty(), "the bids alone raise no warning: " + bidReport);

    JsonObject templateReport = ok(Http.post("/api/v1/rigging/tender-documents", rows(Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("projectCode", PROJECT).add("sectionCode", "BD1").add("text", TEMPLATE))),
        zjj));
    assertEquals(1, templateReport.getInt("imported"), templateReport.toString());

    String documents = rows(Json.createArrayBuilder().add(document(codes.get(0), DOC_A))
        .add(document(codes.get(1), DOC_B)).add(document(codes.get(2), DOC_C)));
    JsonObject docReport = ok(Http.post("/api/v1/rigging/documents", documents, zjj));
    assertEquals(3, docReport.getInt("imported"), docReport.toString());
    assertEquals(List.of(PROJECT + "/BD1"), strings(docReport.getJsonArray("sections")));
    assertEquals(1, docReport.getJsonArray("warnings").size(), "the copied files raise a warning: " + docReport);
    String id = docReport.getJsonArray("warnings").getString(0);

    JsonArrayBuilder scores = Json.createArrayBuilder();
    double[][] panel = {{80, 81, 79, 80, 96}, {85, 86, 84, 85, 84}, {70, 72, 71, 69, 70}};
    for (int bidder = 0; bidder < 3; bidder++) {
      for (int expert = 0; expert < 5; expert++) {
        scores.add(Json.createObjectBuilder().add("projectCode", PROJECT).add("sectionCode", "BD1")
            .add("expertId", "ZJ-0" + (expert + 1)).add("bidderCode", codes.get(bidder))
            .add("score", panel[bidder][expert]));
      }
    }
    JsonObject scoreReport = ok(Http.post("/api/v1/rigging/scores", rows(scores), zjj));
    assertEquals(15, scoreReport.getInt("imported"), scoreReport.toString());
    assertEquals(List.of(id), strings(scoreReport.getJsonArray("warnings")), "the same section, the same warning");

    JsonObject warning = ok(Http.get("/api/v1/rigging/warnings/" + id, zjj));
    JsonArray evidence = warning.getJsonArray("evidence");
    List<JsonObject> files = kind(evidence, "DOCUMENT");
    assertEquals(1, files.size(), "one pair of copied files: " + evidence);
    JsonObject pair = files.get(0);
    assertEquals(List.of(codes.get(0), codes.get(1)), strings(pair.getJsonArray("bidders")));
    assertEquals(4, pair.getInt("article40Item"));
    assertTrue(pair.getString("text").contains("异常一致") && pair.getString("textEn").contains("consistent"));
    double similarity = Double.parseDouble(pair.getString("detail").replaceFirst("^Jaccard=", ""));
    assertTrue(similarity >= 0.5 && similarity <= 1, pair.getString("detail"));
    JsonArray passages = pair.getJsonArray("passages");
    assertFalse(passages.isEmpty(), "the shared passages are shown: " + pair);
    for (JsonValue value : passages) {
      JsonObject p = value.asJsonObject();
      String excerpt = p.getString("text").replace("…", "");
      assertFalse(excerpt.isBlank(), p.toString());
      assertTrue(DOC_A.startsWith(excerpt, p.getInt("offsetA")), "offsetA points at the passage: " + p);
      assertTrue(DOC_B.startsWith(excerpt, p.getInt("offsetB")), "offsetB points at the passage: " + p);
      assertFalse(TEMPLATE.contains(excerpt), "the template's text is no evidence: " + p);
      assertTrue(COPIED.contains(excerpt), p.toString());
    }
    assertTrue(kind(evidence, "DOCUMENT").stream().noneMatch(e -> strings(e.getJsonArray("bidders"))
        .contains(codes.get(2))), "the bidder that only copies the template is not named: " + evidence);

    List<JsonObject> evaluation = kind(evidence, "EVALUATION");
    assertEquals(1, evaluation.size(), evidence.toString());
    assertEquals(List.of(codes.get(0)), strings(evaluation.get(0).getJsonArray("bidders")));
    assertTrue(evaluation.get(0).getString("detail").contains("expert=ZJ-05"), evaluation.toString());
    JsonArray basis = warning.getJsonArray("legalBasis");
    assertTrue(basis.stream().map(JsonValue::asJsonObject).anyMatch(b -> b.getInt("article") == 49
        && b.getString("text").contains("第四十九条") && b.getString("textEn").contains("art. 49")), basis.toString());
    assertTrue(basis.stream().map(JsonValue::asJsonObject).anyMatch(b -> b.getInt("article") == 40
        && b.getInt("item") == 4 && b.getString("text").contains("第四十条第（四）项")), basis.toString());

    JsonObject again = ok(Http.post("/api/v1/rigging/documents", documents, zjj));
    assertEquals(3, again.getInt("unchanged"), again.toString());
    assertEquals(0, again.getInt("replaced"), again.toString());

    JsonObject missing = ok(Http.post("/api/v1/rigging/documents", rows(Json.createArrayBuilder()
        .add(document(codes.get(2), DOC_C)).add(Json.createObjectBuilder().add("projectCode", PROJECT)
            .add("sectionCode", "BD1").add("text", DOC_A))), zjj));
    assertEquals(1, missing.getInt("unchanged"), missing.toString());
    JsonObject refused = missing.getJsonArray("rejected").getJsonObject(0);
    assertEquals(2, refused.getInt("line"));
    assertEquals("rigging.import.required", refused.getString("code"));
    assertEquals("bidderCode", refused.getString("field"));
    assertFalse(refused.getString("message").isBlank() || refused.getString("messageEn").isBlank(), refused.toString());
    assertFalse(refused.getString("message").equals(refused.getString("messageEn")), refused.toString());

    assertEquals(404, Http.get("/api/v1/rigging/warnings/" + id, jtj).statusCode());
    HttpResponse<String> opened = Http.post("/api/v1/rigging/warnings/" + id + "/case", "", office);
    JsonObject decided = ok(opened);
    assertEquals("CASE_OPENED", decided.getString("status"));
    JsonObject theCase = ok(Http.get("/api/v1/cases/" + decided.getString("caseId"), office));
    assertEquals("SMART_WARNING", theCase.getString("source"));
    assertEquals("421181-zjj", theCase.getString("ownerTenant"), "the case belongs to the warning's department");
    assertEquals("CASE_OPENED", ok(Http.get("/api/v1/rigging/warnings/" + id, zjj)).getString("status"));
  }

  private static JsonObject document(String code, String text) {
    return Json.createObjectBuilder().add("projectCode", PROJECT).add("sectionCode", "BD1").add("bidderCode", code)
        .add("text", text).build();
  }

  static String rows(JsonArrayBuilder rows) {
    return Json.createObjectBuilder().add("rows", rows).build().toString();
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static List<JsonObject> kind(JsonArray evidence, String kind) {
    return evidence.stream().map(JsonValue::asJsonObject).filter(e -> kind.equals(e.getString("kind"))).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
