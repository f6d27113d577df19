package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The co-bidding network end to end: a CSV imported on the console page (phone, Chinese then
 * English) forms a group that the REST API shows too, and another department cannot see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkJourneyIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PROJECT = "城北管网改造工程";

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  /** Four sections: A and B take turns winning, C always bids and never wins; A and B share a MAC in BD1. */
  static String csv(String a, String b, String c) {
    StringBuilder s = new StringBuilder(
        "projectCode,projectName,sectionCode,sectionName,industry,bidderCode,bidderName,price,macAddress,winner\n");
    for (int i = 1; i <= 4; i++) {
      boolean aWins = i % 2 == 1;
      String sharedMac = i == 1 ? "00-1A-2B-3C-4D-91" : "00-1A-2B-3C-4D-A" + i;
      s.append(line(i, a, "甲市政工程有限公司", 1_000_000 + i * 1000, sharedMac, aWins));
      s.append(line(i, b, "乙市政工程有限公司", 1_013_000 + i * 1700, i == 1 ? sharedMac : "00-1A-2B-3C-4D-B" + i,
          !aWins));
      s.append(line(i, c, "丙市政工程有限公司", 1_090_000 + i * 900, "00-1A-2B-3C-4D-C" + i, false));
    }
    s.append("IT-NET-1,").append(PROJECT).append(",BD1,一标段,HOUSING_CONSTRUCTION,bad-code,丁公司,1,,false\n");
    return s.toString();
  }

  private static String line(int section, String code, String name, int price, String mac, boolean winner) {
    return "IT-NET-1," + PROJECT + ",BD" + section + ",第" + section + "标段,HOUSING_CONSTRUCTION," + code + ","
        + name + "," + price + ".00," + mac + "," + winner + "\n";
  }

  @Test
  void aHeadImportsOnThePhoneAndFollowsTheWarningToTheGroupPicture() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-zjj", "net.phone", "住建网络", "DEPARTMENT_HEAD");
    String a = RiggingApiIT.code(901);
    String b = RiggingApiIT.code(902);
    String c = RiggingApiIT.code(903);
    Path dir = Path.of("target", "network-journey").toAbsolutePath();
    Files.createDirectories(dir);
    Path file = dir.resolve("bids.csv");
    Files.writeString(file, csv(a, b, c), StandardCharsets.UTF_8);
    journey("network", "network-pages.mjs", "net.phone:" + password, file.toString(), PROJECT, a);

    String head = Http.token("net.api", Http.newAccount(admin, "421181-zjj", "net.api", "住建接口", "DEPARTMENT_HEAD"));
    HttpResponse<String> groups = Http.get("/api/v1/rigging/groups?bidder=" + c + "&cover=true&rotating=true", head);
    assertEquals(200, groups.statusCode(), groups.body());
    JsonObject group = Http.json(groups).getJsonArray("items").getJsonObject(0);
    assertEquals(4, group.getInt("tendersTogether"), groups.body());
    assertEquals(c, group.getJsonArray("coverBidders").getString(0));
    String id = group.getString("id");
    HttpResponse<String> detail = Http.get("/api/v1/rigging/groups/" + id, head);
    assertEquals(200, detail.statusCode(), detail.body());
    assertEquals(3, Http.json(detail).getJsonArray("edges").size());
    HttpResponse<String> bidder = Http.get("/api/v1/rigging/bidders/" + a, head);
    assertEquals(2, Http.json(bidder).getInt("wins"), bidder.body());
    assertEquals(400, Http.get("/api/v1/rigging/groups?minimumTenders=x", head).statusCode());

    String other = Http.token("net.jtj", Http.newAccount(admin, "421181-jtj", "net.jtj", "交通网络", "DEPARTMENT_HEAD"));
    HttpResponse<String> hidden = Http.get("/api/v1/rigging/groups/" + id, other);
    assertEquals(404, hidden.statusCode(), hidden.body());
    assertEquals("notFound", Http.json(hidden).getString("code"));
    assertEquals(404, Http.get("/api/v1/rigging/bidders/" + a, other).statusCode());
  }

  /** 数据交换 on the phone: a batch uploaded on the console page, its report, the period downloaded as XML. */
  @Test
  void aHeadExchangesABatchOnThePhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-zjj", "xch.phone", "住建交换手机", "DEPARTMENT_HEAD");
    Path dir = Path.of("target", "exchange-journey").toAbsolutePath();
    Files.createDirectories(dir);
    Path file = dir.resolve("batch.json");
    Files.writeString(file, RiggingApiIT.exchangeBatch("IT-XCH-WEB", 920), StandardCharsets.UTF_8);
    journey("exchange", "exchange-pages.mjs", "xch.phone:" + password, file.toString(), "IT-XCH-WEB");
  }

  /** 督查督办 on the phone: the office leader issues a notice from the board, the department's head answers it. */
  @Test
  void aLeaderIssuesANoticeAndTheHeadAnswersOnThePhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String leader = Http.newAccount(admin, "421181-jgb", "ovs.leader", "监管办督查", "OFFICE_LEADER");
    String head = Http.newAccount(admin, "421181-zjj", "ovs.head", "住建负责人督办", "DEPARTMENT_HEAD");
    journey("oversight", "oversight-pages.mjs", "ovs.leader:" + leader, "ovs.head:" + head, "421181-zjj");

    String token = Http.token("ovs.api", Http.newAccount(admin, "421181-jgb", "ovs.api", "监管办接口", "OFFICE_OFFICER"));
    HttpResponse<String> board = Http.get("/api/v1/oversight/board?from=" + Http.TODAY.withDayOfMonth(1) + "&to="
        + Http.TODAY, token);
    assertEquals(200, board.statusCode(), board.body());
    assertTrue(Http.json(board).getJsonArray("notices").size() >= 1, board.body());
    HttpResponse<String> refused = Http.post("/api/v1/oversight/notices",
        "{\"department\":\"421181-zjj\",\"text\":\"请说明\",\"workingDays\":3}", token);
    assertEquals(403, refused.statusCode(), "an office officer does not issue: " + refused.body());
  }

  /** 统筹调度 on the phone: the dashboard's tiles and charts, the list behind a figure, a department, a report. */
  @Test
  void aLeaderReadsTheDispatchDashboardOnThePhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("dsp.office", Http.newAccount(admin, "421181-jgb", "dsp.office", "监管办调度",
        "OFFICE_OFFICER"));
    HttpResponse<String> registered = Http.post("/api/v1/cases", "{\"source\":\"COMPLAINT\",\"industry\":"
        + "\"HOUSING_CONSTRUCTION\",\"title\":\"调度看板测试投诉\",\"summary\":\"评标委员会组成不合规\"}", office);
    assertEquals(201, registered.statusCode(), registered.body());
    String number = Http.json(registered).getString("number");
    String leader = Http.newAccount(admin, "421181-jgb", "dsp.leader", "监管办调度领导", "OFFICE_LEADER");
    String headPassword = Http.newAccount(admin, "421181-zjj", "dsp.head", "住建调度", "DEPARTMENT_HEAD");
    journey("dispatch", "dispatch-pages.mjs", "dsp.leader:" + leader, number, "421181-zjj", "dsp.head:" + headPassword);

    String from = Http.TODAY.withDayOfMonth(1).toString();
    HttpResponse<String> board = Http.get("/api/v1/dispatch/dashboard?from=" + from + "&to=" + Http.TODAY, office);
    assertEquals(200, board.statusCode(), board.body());
    assertTrue(Http.json(board).getJsonObject("receivedBySource").getJsonNumber("COMPLAINT").longValue() >= 1,
        board.body());
    HttpResponse<String> behind = Http.get("/api/v1/dispatch/behind?metric=CASES_RECEIVED&key=COMPLAINT&from=" + from
        + "&to=" + Http.TODAY, office);
    assertEquals(200, behind.statusCode(), behind.body());
    assertTrue(behind.body().contains(number), behind.body());
    HttpResponse<String> report = Http.post("/api/v1/dispatch/reports", "{\"from\":\"" + from + "\",\"to\":\""
        + Http.TODAY + "\"}", office);
    assertEquals(200, report.statusCode(), report.body());
    String id = Http.json(report).getString("id");
    HttpResponse<String> pdf = Http.get("/api/v1/dispatch/reports/" + id + "/pdf", office);
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF-"), "a PDF");
    String head = Http.token("dsp.head.api", Http.newAccount(admin, "421181-zjj", "dsp.head.api", "住建调度接口",
        "DEPARTMENT_HEAD"));
    assertEquals(403, Http.get("/api/v1/dispatch/reports", head).statusCode(),
        "a department head does not read the region's reports");
    HttpResponse<String> other = Http.get("/api/v1/dispatch/dashboard?from=" + from + "&to=" + Http.TODAY
        + "&department=421181-jtj", head);
    assertEquals(404, other.statusCode(), "a department sees only its own: " + other.body());
    HttpResponse<String> bad = Http.get("/api/v1/dispatch/dashboard?from=" + from + "&to=2001-01-01", office);
    assertEquals(400, bad.statusCode());
    assertEquals("to", Http.json(bad).getString("field"));
  }

  /** 代理机构考核 on the phone: register, compute the last quarter, score on site, publish; the public sees it. */
  @Test
  void aLeaderAssessesAnAgencyOnThePhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String leader = Http.newAccount(admin, "421181-jgb", "agy.leader", "监管办考核", "OFFICE_LEADER");
    LocalDate inLast = Http.TODAY.withDayOfMonth(1).minusMonths(3);
    String period = inLast.getYear() + "-Q" + ((inLast.getMonthValue() - 1) / 3 + 1);
    String code = "91421181MA4AGY0011";
    code = code.substring(0, 17) + creditCheck(code.substring(0, 17));
    journey("agencies", "agencies-pages.mjs", "agy.leader:" + leader, code, period);

    HttpResponse<String> grades = Http.get("/api/v1/public/agencies/grades?region=421181&period=" + period, null);
    assertEquals(200, grades.statusCode(), grades.body());
    assertTrue(grades.body().contains(code) && grades.body().contains("\"grade\":\"A\""), grades.body());
    assertEquals(400, Http.get("/api/v1/public/agencies/grades?region=999999&period=" + period, null).statusCode());
    String head = Http.token("agy.head", Http.newAccount(admin, "421181-zjj", "agy.head", "住建考核", "DEPARTMENT_HEAD"));
    assertEquals(403, Http.get("/api/v1/agencies", head).statusCode(), "a department does not keep the register");
    String officer = Http.token("agy.officer", Http.newAccount(admin, "421181-jgb", "agy.officer", "监管办考核员",
        "OFFICE_OFFICER"));
    HttpResponse<String> listed = Http.get("/api/v1/agencies/assessments?period=" + period, officer);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"state\":\"PUBLISHED\""), listed.body());
    HttpResponse<String> bad = Http.get("/api/v1/agencies/assessments?period=2026-Q9", officer);
    assertEquals(400, bad.statusCode());
    assertEquals("period", Http.json(bad).getString("field"));
  }

  /**
   * 标后监管 (issue 21): an officer registers a project with its site and enrols the project manager with a
   * face photo; the manager checks in on a phone whose camera is Chromium's fake capture device filming the
   * enrolled face turning; the officer sees the check-in on the map. Then over HTTP: another department
   * sees nothing of it, an unknown link is 404, a frame that is not an image and a position out of range
   * are refused at their fields.
   */
  @Test
  void aSiteManagerChecksInWithTheCameraAndTheOfficerSeesItOnTheMap() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String officer = Http.newAccount(admin, "421181-zjj", "site.officer", "住建标后监管", "DEPARTMENT_OFFICER");
    Path camera = Path.of("target", "site-camera").toAbsolutePath();
    SiteCamera.write(camera);
    String code = "91421181MA4L9K2X1";
    code = code + creditCheck(code);
    String residentId = residentId("42118119800101321");
    journey("site", "site-pages.mjs", "site.officer:" + officer, camera.resolve("enrolment.jpg").toString(),
        camera.resolve("camera.y4m").toString(), residentId, code);

    String head = Http.token("site.head", Http.newAccount(admin, "421181-zjj", "site.head", "住建标后负责人",
        "DEPARTMENT_HEAD"));
    HttpResponse<String> list = Http.get("/api/v1/sites", head);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains(code) && list.body().contains("\"presentToday\""), list.body());
    String winner = code;
    String projectId = array(list).getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getJsonObject("project").getString("winnerCode").equals(winner)).findFirst().orElseThrow()
        .getJsonObject("project").getString("id");
    HttpResponse<String> people = Http.get("/api/v1/sites/" + projectId + "/people", head);
    assertEquals(200, people.statusCode(), people.body());
    assertTrue(!people.body().contains(residentId), "the resident ID is masked");
    String other = Http.token("site.jtj", Http.newAccount(admin, "421181-jtj", "site.jtj", "交通标后", "DEPARTMENT_HEAD"));
    assertEquals(404, Http.get("/api/v1/sites/" + projectId, other).statusCode(), "another department sees nothing");
    assertTrue(!Http.get("/api/v1/sites", other).body().contains(code));
    HttpResponse<String> unknown = Http.get("/api/v1/public/site/unknown-link-0123456789abcdef", null);
    assertEquals(404, unknown.statusCode());
    assertEquals("site.link.notFound", Http.json(unknown).getString("code"));

    String personId = array(people).getJsonObject(0).getString("id");
    HttpResponse<String> relinked = Http.post("/api/v1/sites/people/" + personId + "/link", "", head);
    assertEquals(200, relinked.statusCode(), relinked.body());
    String token = Http.json(relinked).getString("checkInToken");
    String challenge = Http.json(Http.post("/api/v1/public/site/" + token + "/challenge", "", null)).getString("id");
    String photo = Base64.getEncoder().encodeToString(Files.readAllBytes(camera.resolve("enrolment.jpg")));
    HttpResponse<String> notImage = Http.post("/api/v1/public/site/" + token + "/check-ins", "{\"challengeId\":\""
        + challenge + "\",\"firstFrame\":\"bm90IGFuIGltYWdl\",\"secondFrame\":\"" + photo
        + "\",\"latitude\":31.1705,\"longitude\":115.0105,\"accuracyMeters\":10,\"deviceTime\":\""
        + System.getProperty("it.clock.start", "2026-12-14T10:00:00+08:00") + "\"}", null);
    assertEquals(400, notImage.statusCode(), notImage.body());
    assertEquals("firstFrame", Http.json(notImage).getString("field"));
    HttpResponse<String> north = Http.post("/api/v1/public/site/" + token + "/check-ins", "{\"challengeId\":\""
        + challenge + "\",\"firstFrame\":\"" + photo + "\",\"secondFrame\":\"" + photo
        + "\",\"latitude\":95,\"longitude\":115.0105,\"accuracyMeters\":10,\"deviceTime\":\""
        + System.getProperty("it.clock.start", "2026-12-14T10:00:00+08:00") + "\"}", null);
    assertEquals(400, north.statusCode(), north.body());
    assertEquals("latitude", Http.json(north).getString("field"));
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** A resident ID (GB 11643) of the 17 digits given, with its check character. */
  private static String residentId(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** The check character of a unified social credit code (GB 32100-2015) of its first 17 characters. */
  private static char creditCheck(String first17) {
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += chars.indexOf(first17.charAt(i)) * weights[i];
    }
    return chars.charAt((31 - sum % 31) % 31);
  }

  /**
   * Runs a browser journey ({@code node <script> <base URL> <screenshot dir> <arguments>}) and asserts that
   * it ended within 4 minutes with exit code 0; its output is printed (the steps, or where it failed).
   */
  private static void journey(String name, String script, String... arguments) throws Exception {
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    List<String> command = new ArrayList<>(List.of("node", script, Http.BASE + "/", shots.toString()));
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).directory(new File(System.getProperty("it.browser.dir")))
        .redirectErrorStream(true).start();
    String output;
    try (var in = p.getInputStream()) {
      assertTrue(p.waitFor(240, TimeUnit.SECONDS), name + " journey timed out");
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      p.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, p.exitValue(), name + " journey failed:\n" + output);
  }
}
