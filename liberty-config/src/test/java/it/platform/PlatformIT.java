package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * The real WAR on a managed Open Liberty with the embedded MongoDB: health, OpenAPI, metrics,
 * token → protected endpoint, cross-tenant refusal through the API, and the browser journeys (the
 * public site and console; the case register from registration to an approved decision; an expert's
 * application approved into the pool).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  @Order(1)
  void readinessIsUpBecauseTheDatabaseAnswers() throws Exception {
    HttpResponse<String> r = Http.get("/health/ready", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"mongodb\""), r.body());
  }

  @Test
  @Order(2)
  void openApiDocumentsTheMobileApi() throws Exception {
    HttpResponse<String> openapi = Http.get("/openapi", null);
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/auth/token"), "token endpoint documented");
    assertTrue(openapi.body().contains("/api/v1/officers/{login}"));
    assertFalse(openapi.body().contains("com.vaadin"), "only our packages are scanned");
  }

  @Test
  @Order(2)
  void everyBodyOfTheApiIsDescribedWithItsFields() throws Exception {
    HttpResponse<String> r = Http.get("/openapi?format=JSON", null);
    assertEquals(200, r.statusCode());
    JsonObject schemas = Http.json(r).getJsonObject("components").getJsonObject("schemas");
    Set<String> report = schemas.getJsonObject("ReportRequest").getJsonObject("properties").keySet();
    assertTrue(report.containsAll(Set.of("region", "facts", "anonymous", "proof", "evidenceUploadIds", "matter",
        "industry")), "a client generated from the document can file a report: " + report);
    Set<String> complaint = schemas.getJsonObject("ComplaintRequest").getJsonObject("properties").keySet();
    assertTrue(complaint.containsAll(Set.of("complainant", "declaration", "facts", "evidenceUploadIds", "proof",
        "learnedOn")), "and a complaint: " + complaint);
    List<String> empty = schemas.entrySet().stream()
        .filter(e -> e.getKey().endsWith("Request"))
        .filter(e -> {
          JsonObject schema = e.getValue().asJsonObject();
          return !schema.containsKey("properties") && !schema.containsKey("$ref") && !schema.containsKey("allOf")
              && !schema.containsKey("enum");
        }).map(Map.Entry::getKey).sorted().toList();
    assertEquals(List.of(), empty, "request bodies described as a bare object");
    List<String> undescribed = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (var path : Http.json(r).getJsonObject("paths").entrySet()) {
      for (var operation : path.getValue().asJsonObject().entrySet()) {
        if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
          continue;
        }
        String where = operation.getKey().toUpperCase() + " " + path.getKey();
        // the lint of the document: every operation named once (generated clients' method names) and tagged
        String id = op.getString("operationId", "");
        if (id.isEmpty()) {
          undescribed.add(where + ": no operationId");
        } else if (!ids.add(id)) {
          undescribed.add(where + ": operationId " + id + " used twice");
        }
        if (!op.containsKey("tags") || op.getJsonArray("tags").isEmpty()) {
          undescribed.add(where + ": no tag");
        }
        var success = op.getJsonObject("responses").entrySet().stream().filter(e -> e.getKey().startsWith("2"))
            .findFirst();
        if (success.isEmpty()) {
          undescribed.add(where + ": no success answer");
        } else if (!success.get().getKey().equals("204")) {
          JsonObject content = success.get().getValue().asJsonObject().getJsonObject("content");
          if (content == null || content.isEmpty()) {
            undescribed.add(where + ": success without a body's description");
          } else {
            for (var media : content.values()) {
              JsonObject schema = media.asJsonObject().getJsonObject("schema");
              if (schema == null || ("object".equals(schema.getString("type", "")) && !schema.containsKey("properties")
                  && !schema.containsKey("additionalProperties"))) {
                undescribed.add(where + ": a bare object");
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), undescribed, "every answer of the API is described");
  }

  @Test
  @Order(11)
  void aClientGeneratedFromTheServedDocumentFilesTracksAndHandlesAReport() throws Exception {
    HttpResponse<String> document = Http.get("/openapi", null);
    assertEquals(200, document.statusCode());
    ClassLoader client = GeneratedClient.build(document.body(),
        Path.of(System.getProperty("it.client.out", "target/generated-client")));
    List<String> steps = GeneratedClient.runJourneys(client, Http.BASE, Http.password("admin", ADMIN_PASSWORD));
    System.out.println(String.join("\n", steps));
    assertEquals("CLIENT JOURNEY PASSED", steps.get(steps.size() - 1), steps.toString());
  }

  @Test
  @Order(2)
  void metricsNeedTheScrapersLoginOverHttps() throws Exception {
    HttpResponse<String> plain = Http.get("/metrics", null);
    assertEquals(302, plain.statusCode(), "plain HTTP is sent to HTTPS");
    assertTrue(plain.headers().firstValue("Location").orElse("").startsWith("https://"), plain.headers().toString());
    assertEquals(401, Http.getOverHttps("/metrics", null, null).statusCode(), "no login");
    assertEquals(401, Http.getOverHttps("/metrics", "metrics", "wrong").statusCode(), "a wrong password");
    assertEquals(401, Http.getOverHttps("/metrics", "admin", Http.password("admin", ADMIN_PASSWORD)).statusCode(),
        "an officer's login is not the scraper's");
    HttpResponse<String> metrics = Http.getOverHttps("/metrics", "metrics", System.getProperty("it.metrics.password"));
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_uptime") || metrics.body().contains("base_jvm_uptime"), "JVM metrics");
  }

  @Test
  @Order(2)
  void thePublicPagesHaveNoWcagViolationInEitherLanguage() throws Exception {
    // with two cities the pages ask for the region (a select each): they must fit as well
    Regions.addOther(Http.token("admin", ADMIN_PASSWORD));
    String output = node("accessibility.mjs", Http.BASE + "/");
    assertTrue(output.contains("ACCESSIBILITY PASSED: 30 page views (zh, en, zh dark), 0 violations"), output);
  }

  @Test
  @Order(2)
  void aPathTheContainerRefusesGetsTheSitesErrorPageWithoutAStackLine() throws Exception {
    for (String path : List.of("/a%2Fb", "/console/cases%2F..%2Fx", "/api/v1/public/regions%2Fx")) {
      HttpResponse<String> r = Http.get(path, null);
      assertEquals(400, r.statusCode(), path);
      assertTrue(r.body().contains("请求无法处理") && r.body().contains("The request could not be handled"), r.body());
      for (String leak : List.of("Exception", "at com.", "CWWWC", "RequestUtils")) {
        assertFalse(r.body().contains(leak), path + " shows " + leak);
      }
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  @Test
  @Order(2)
  void everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieIsSameSite() throws Exception {
    for (String path : List.of("/", "/api/v1/public/regions", "/styles/app.css")) {
      HttpResponse<String> r = Http.get(path, null);
      assertEquals(200, r.statusCode(), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), path + ": " + csp);
      assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }
    HttpResponse<String> home = Http.get("/", null);
    String cookies = String.join("\n", home.headers().allValues("Set-Cookie"));
    assertTrue(cookies.contains("JSESSIONID") && cookies.contains("SameSite=Lax") && cookies.contains("HttpOnly"),
        cookies);
  }

  @Test
  @Order(3)
  void aTokenOpensTheProtectedEndpointAndNothingElseDoes() throws Exception {
    assertEquals(401, Http.get("/api/v1/me", null).statusCode(), "no token");
    String token = Http.token("admin", ADMIN_PASSWORD);
    HttpResponse<String> me = Http.get("/api/v1/me", token);
    assertEquals(200, me.statusCode(), me.body());
    JsonObject body = Http.json(me);
    assertEquals("admin", body.getString("login"));
    assertEquals("421181-jgb", body.getString("tenantId"));
    assertEquals("麻城市公共资源交易监督管理办公室", body.getString("departmentNameZh"));

    String[] parts = token.split("\\.");
    String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("421181-jgb", "421181-zjj").getBytes(StandardCharsets.UTF_8));
    assertEquals(401, Http.get("/api/v1/me", parts[0] + "." + forgedPayload + "." + parts[2]).statusCode(),
        "a token whose claims were changed is refused");
    Path log = Path.of(System.getProperty("wlp.dir"), "usr", "servers",
        System.getProperty("it.server.name"), "logs", "messages.log");
    // the JWT layer's refusals (CWWKS5523E …) quoted the token whole; they are hidden now. Liberty's
    // FFDC incident notice (FFDC1015I) and incident file still quote it: not solved yet (issue 16)
    List<String> quoting = Arrays.stream(new String(Files.readAllBytes(log),
        StandardCharsets.ISO_8859_1).split("\n")).filter(l -> l.contains(parts[0] + ".") && !l.contains("FFDC1015I"))
        .toList();
    assertEquals(List.of(), quoting, "no message quotes a token");
  }

  @Test
  @Order(4)
  void aWrongPasswordGetsAClearError() throws Exception {
    HttpResponse<String> r = Http.post("/api/v1/auth/token", "{\"login\":\"admin\",\"password\":\"nope\"}", null);
    assertEquals(401, r.statusCode());
    JsonObject error = Http.json(r);
    assertEquals("auth.invalidCredentials", error.getString("code"));
    assertEquals("用户名或密码错误", error.getString("message"));
    assertEquals("Wrong login or password", error.getString("messageEn"));
    assertEquals(400, Http.post("/api/v1/auth/token", "{not json", null).statusCode());
  }

  @Test
  @Order(5)
  void anotherDepartmentsDataIsNotFoundThroughTheApi() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String zjjA = Http.newAccount(admin, "421181-zjj", "zjj.a", "住建甲", "DEPARTMENT_OFFICER");
    Http.newAccount(admin, "421181-zjj", "zjj.b", "住建乙", "DEPARTMENT_OFFICER");
    String jtj = Http.newAccount(admin, "421181-jtj", "jtj.c", "交通丙", "DEPARTMENT_OFFICER");

    String tokenA = Http.token("zjj.a", zjjA);
    HttpResponse<String> colleague = Http.get("/api/v1/officers/zjj.b", tokenA);
    assertEquals(200, colleague.statusCode(), colleague.body());
    HttpResponse<String> stranger = Http.get("/api/v1/officers/jtj.c", tokenA);
    assertEquals(404, stranger.statusCode());
    assertFalse(stranger.body().contains("交通丙"), "nothing of the other department leaks");
    assertTrue(Http.get("/api/v1/officers", tokenA).body().contains("住建乙"));
    assertFalse(Http.get("/api/v1/officers", tokenA).body().contains("交通丙"));

    String tokenC = Http.token("jtj.c", jtj);
    assertEquals(404, Http.get("/api/v1/officers/zjj.a", tokenC).statusCode());
    assertEquals(403, Http.post("/api/v1/accounts",
        "{\"tenantId\":\"421181-jtj\",\"login\":\"sneaky\",\"displayName\":\"x\",\"roles\":[\"DEPARTMENT_HEAD\"]}",
        tokenC).statusCode(), "an officer cannot create accounts");
    assertEquals(200, Http.get("/api/v1/officers/jtj.c", admin).statusCode(), "the office sees the region");
  }

  /**
   * 双随机一公开 end to end: rosters and a joint plan through the API, commitment, draw, one
   * inspection concluded and published; the public verification API and the public page at 360 px
   * (Playwright, {@code inspections.mjs}) both recompute the draw from the published data.
   */
  @Test
  @Order(6)
  void aDrawnPlanIsVerifiedOnThePublicPageAtPhoneWidth() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("ri.office", Http.newAccount(admin, "421181-jgb", "ri.office", "监管办抽查员", "OFFICE_OFFICER"));
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String[] officer : new String[][] {{"421181-zjj", "ri.z1"}, {"421181-zjj", "ri.z2"},
        {"421181-jtj", "ri.j1"}, {"421181-jtj", "ri.j2"}}) {
      tokens.put(officer[1], Http.token(officer[1], Http.newAccount(admin, officer[0], officer[1], "检查员" + officer[1],
          "DEPARTMENT_OFFICER")));
      HttpResponse<String> put = Http.send("PUT", "/api/v1/inspections/rosters/" + officer[0] + "/inspectors/"
          + officer[1], "application/json", "{\"certificateNumber\":\"IT-" + officer[1].substring(3).toUpperCase()
          + "\",\"validUntil\":\"2099-12-31\"}", office);
      assertEquals(200, put.statusCode(), put.body());
    }
    assertEquals(200, Http.send("PUT", "/api/v1/inspections/rosters/421181-zjj/objects/MC-IT-001", "application/json",
        "{\"kind\":\"PROJECT\",\"name\":\"麻城市某道路工程\",\"complaints\":true}", office).statusCode());
    HttpResponse<String> imported = Http.send("POST", "/api/v1/inspections/rosters/421181-jtj/objects/import",
        "text/csv", "code,kind,name\nE-IT-001,企业,某路桥公司\n", office);
    assertEquals(1, Http.json(imported).getInt("imported"), imported.body());

    LocalDate today = Http.TODAY;
    String plan = Json.createObjectBuilder().add("title", "联合抽查（集成测试）")
        .add("departments", Json.createArrayBuilder().add("421181-zjj").add("421181-jtj"))
        .add("objectKinds", Json.createArrayBuilder().add("PROJECT").add("ENTERPRISE"))
        .add("selectionMode", "PROPORTION").add("selectionValue", 100).add("periodFrom", today.toString())
        .add("periodTo", today.plusDays(30).toString()).add("complaintWeight", 3).add("lowCreditWeight", 2)
        .add("teamSize", 2).add("jointTeams", true).add("recusalMonths", 6)
        .add("checklist", Json.createArrayBuilder().add("招标文件是否按规定备案").add("评标委员会组成是否合法"))
        .build().toString();
    HttpResponse<String> created = Http.post("/api/v1/inspections/plans", plan, office);
    assertEquals(200, created.statusCode(), created.body());
    String id = Http.json(created).getString("id");
    HttpResponse<String> committed = Http.post("/api/v1/inspections/plans/" + id + "/commitment",
        "{\"version\":" + Http.json(created).getInt("version") + "}", office);
    assertEquals(200, committed.statusCode(), committed.body());
    String commitment = Http.json(committed).getJsonObject("commitment").getString("documentHash");
    String publicPlan = "/api/v1/public/inspections/421181/plans/" + id;
    JsonObject beforeDraw = Http.json(Http.get(publicPlan, null));
    assertEquals(commitment, beforeDraw.getJsonObject("commitment").getString("documentHash"));
    assertTrue(!beforeDraw.containsKey("draw") || beforeDraw.isNull("draw"), "nothing of the seed before the draw");
    HttpResponse<String> drawn = Http.post("/api/v1/inspections/plans/" + id + "/draw", "{\"version\":"
        + Http.json(committed).getInt("version") + ",\"witnessName\":\"纪检监察室 李某\",\"witnessValue\":\"2026-IT-7391\"}",
        office);
    assertEquals(200, drawn.statusCode(), drawn.body());
    assertEquals(2, Http.json(drawn).getJsonArray("tasks").size());

    // one team member inspects and concludes; the office publishes
    String member = null;
    String task = null;
    for (var entry : tokens.entrySet()) {
      var mine = Json.createReader(new StringReader(Http.get("/api/v1/inspections/tasks", entry.getValue())
          .body())).readArray();
      if (!mine.isEmpty()) {
        member = entry.getValue();
        task = mine.getJsonObject(0).getString("id");
        break;
      }
    }
    for (int item = 0; item < 2; item++) {
      assertEquals(200, Http.post("/api/v1/inspections/tasks/" + task + "/checklist/" + item,
          "{\"outcome\":\"PASS\"}", member).statusCode());
    }
    assertEquals(200, Http.post("/api/v1/inspections/tasks/" + task + "/conclusion",
        "{\"kind\":\"NO_PROBLEM\",\"summary\":\"未发现问题\"}", member).statusCode());
    assertEquals(200, Http.post("/api/v1/inspections/tasks/" + task + "/publication",
        "{\"text\":\"经检查，未发现问题。\"}", office).statusCode());
    assertEquals(1, Json.createReader(new StringReader(Http.get(publicPlan + "/results", null).body()))
        .readArray().size());

    HttpResponse<String> verification = Http.get(publicPlan + "/verification", null);
    assertTrue(Http.json(verification).getBoolean("verified"), verification.body());
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    ProcessBuilder pb = new ProcessBuilder("node", "inspections.mjs", Http.BASE + "/", "421181", id, commitment,
        shots.toAbsolutePath().toString()).directory(Path.of(System.getProperty("it.browser.dir")).toFile())
        .redirectErrorStream(true);
    Process p = pb.start();
    String output;
    try (var in = p.getInputStream()) {
      assertTrue(p.waitFor(150, TimeUnit.SECONDS), "the inspections page test timed out");
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      p.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, p.exitValue(), "the public verification page failed:\n" + output);
  }

  /** The people of the case journey (login:initial password), created while the admin password is known. */
  private static final List<String> CASE_PEOPLE = new ArrayList<>();

  @Test
  @Order(8)
  void thePeopleOfTheCaseJourneyGetAccounts() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    CASE_PEOPLE.add("jgb.wang:" + Http.newAccount(admin, "421181-jgb", "jgb.wang", "监管办王明", "OFFICE_OFFICER"));
    CASE_PEOPLE.add("zjj.li:" + Http.newAccount(admin, "421181-zjj", "zjj.li", "住建李强", "DEPARTMENT_OFFICER"));
    CASE_PEOPLE.add("zjj.zhao:" + Http.newAccount(admin, "421181-zjj", "zjj.zhao", "住建赵局长", "DEPARTMENT_HEAD"));
  }

  @Test
  @Order(6)
  void anOfficersOpenPageShowsANewAssignmentWithoutReloading() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String headPassword = Http.newAccount(admin, "421181-zjj", "push.head", "推送负责人", "DEPARTMENT_HEAD");
    String officerPassword = Http.newAccount(admin, "421181-zjj", "push.officer", "推送执法员", "DEPARTMENT_OFFICER");
    Process browser = new ProcessBuilder("node", "notifications.mjs", Http.BASE + "/", "push.officer", officerPassword,
        shots()).directory(Path.of(System.getProperty("it.browser.dir")).toFile())
        .redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    try (var lines = new BufferedReader(new InputStreamReader(browser.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.equals("READY")) {
        output.append(line).append('\n');
      }
      assertEquals("READY", line, "the officer's page did not open:\n" + output);

      String head = Http.token("push.head", headPassword);
      HttpResponse<String> registered = Http.post("/api/v1/cases", "{\"source\":\"COMPLAINT\",\"industry\":"
          + "\"HOUSING_CONSTRUCTION\",\"title\":\"推送测试投诉\",\"summary\":\"浏览器应即时显示分派\"}", head);
      assertEquals(201, registered.statusCode(), registered.body());
      JsonObject c = Http.json(registered);
      HttpResponse<String> accepted = Http.post("/api/v1/cases/" + c.getString("id") + "/actions",
          "{\"action\":\"ACCEPT\",\"version\":" + c.getJsonNumber("version") + "}", head);
      assertEquals(200, accepted.statusCode(), accepted.body());
      HttpResponse<String> assigned = Http.post("/api/v1/cases/" + c.getString("id") + "/actions",
          "{\"action\":\"ASSIGN\",\"version\":" + Http.json(accepted).getJsonNumber("version")
              + ",\"officer\":\"push.officer\"}", head);
      assertEquals(200, assigned.statusCode(), assigned.body());

      assertTrue(browser.waitFor(150, TimeUnit.SECONDS), "browser test timed out");
      while ((line = lines.readLine()) != null) {
        output.append(line).append('\n');
      }
    } finally {
      browser.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, browser.exitValue(), "the assignment did not appear on the open page:\n" + output);

    HttpResponse<String> device = Http.post("/api/v1/devices",
        "{\"channel\":\"FCM\",\"token\":\"it-token-1\",\"language\":\"en\"}", admin);
    assertEquals(201, device.statusCode(), device.body());
    assertTrue(Http.get("/api/v1/devices", admin).body().contains("\"FCM\""));
    HttpResponse<String> refused = Http.post("/api/v1/devices", "{\"channel\":\"WEB_PUSH\",\"endpoint\":\"nope\"}",
        admin);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("device.endpoint.invalid", Http.json(refused).getString("code"));
  }

  @Test
  @Order(7)
  void listedSubjectsArePublicWithoutPrivateDataAndFoundByThePhoneSearch() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String clerk = Http.token("zjj.credit", Http.newAccount(admin, "421181-zjj", "zjj.credit", "信用录入员", "DEPARTMENT_OFFICER"));
    String head = Http.token("zjj.chief", Http.newAccount(admin, "421181-zjj", "zjj.chief", "住建负责人", "DEPARTMENT_HEAD"));
    CreditPublication credit = new CreditPublication(clerk, head);
    credit.list("ENTERPRISE", CreditPublication.ENTERPRISE, CreditPublication.CODE, null, "GENERAL", "RESTRICT_BIDDING");
    credit.list("EXPERT", CreditPublication.EXPERT, null, CreditPublication.EXPERT_ID, "SERIOUS", "SUSPEND_EXPERT");
    CreditPublication.checkPublicAnswers();
    String output = node("credit-search.mjs", Http.BASE + "/", CreditPublication.ENTERPRISE, "鼎盛路桥",
        CreditPublication.CODE, CreditPublication.EXPERT, shots());
    assertTrue(output.contains("CREDIT SEARCH PASSED"), output);
  }

  /**
   * Every officer endpoint with an id in its path, read from the served OpenAPI document (so a new
   * endpoint is covered without writing a line), asked for an id that exists nowhere by another
   * department's head: a 4xx answer (not found, refused, bad request), never data and never a
   * server error.
   */
  @Test
  @Order(8)
  void everyOfficerEndpointWithAnIdAnswersAnUnknownIdWithoutDataOrServerError() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String head = Http.token("matrix.jtj", Http.newAccount(admin, "421181-jtj", "matrix.jtj", "交通矩阵",
        "DEPARTMENT_HEAD"));
    HttpResponse<String> document = Http.get("/openapi?format=JSON", null);
    assertEquals(200, document.statusCode());
    JsonObject paths = Http.json(document).getJsonObject("paths");
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (String path : paths.keySet()) {
      if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/public/") || !path.contains("{")
          || !paths.getJsonObject(path).containsKey("get")) {
        continue;
      }
      String concrete = path.replaceAll("\\{[^}]+}", "zz-unknown-0000000000000000");
      HttpResponse<String> r = Http.get(concrete, head);
      asked++;
      if (r.statusCode() < 400 || r.statusCode() >= 500) {
        wrong.add(r.statusCode() + " " + concrete + " " + r.body().substring(0, Math.min(120, r.body().length())));
      }
    }
    assertTrue(asked >= 15, "the document lists the officer endpoints: " + asked);
    assertEquals(List.of(), wrong);
  }

  @Test
  @Order(9)
  void theBrowserJourneyPasses() throws Exception {
    // the API tests changed the admin's initial password (its token is refused until then)
    String output = node("journey.mjs", Http.BASE + "/", Http.password("admin", ADMIN_PASSWORD), shots());
    assertTrue(output.contains("JOURNEY PASSED"), output);
  }

  @Test
  @Order(10)
  void theCaseJourneyPassesFromRegistrationToApprovedDecision() throws Exception {
    assertEquals(3, CASE_PEOPLE.size(), "the accounts of the case journey exist");
    List<String> args = new ArrayList<>(List.of("case-journey.mjs", Http.BASE + "/", shots()));
    args.addAll(CASE_PEOPLE);
    String output = node(args.toArray(String[]::new));
    assertTrue(output.contains("CASE JOURNEY PASSED"), output);
  }

  /**
   * 专家入库申请 to 在库 at 360 px ({@code expert-journey.mjs}): an expert applies on the public page
   * (faults at their fields, then the application number), a new office officer approves the
   * candidate in 专家库 and finds the expert in the pool; a request for more experts than the pool
   * holds is refused with the detailed reason.
   */
  @Test
  @Order(10)
  void anExpertAppliesAndTheOfficeApprovesTheCandidateOnAPhone() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String password = Http.newAccount(admin, "421181-jgb", "jgb.experts", "监管办专家库管理员", "OFFICE_OFFICER");
    String output = node("expert-journey.mjs", Http.BASE + "/", shots(), "jgb.experts:" + password);
    assertTrue(output.contains("EXPERT JOURNEY PASSED"), output);
  }

  /**
   * Over the API: experts apply (the public endpoint) and the office approves them; a department
   * requests and draws; before the evaluation starts the panel is 409 {@code expert.draw.sealed}
   * and the public page shows the commitment but no seed or result; another department gets 404.
   */
  @Test
  @Order(12)
  void theDrawnPanelIsSealedOverTheApiUntilTheEvaluationStarts() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("jgb.pool", Http.newAccount(admin, "421181-jgb", "jgb.pool", "监管办专家库", "OFFICE_OFFICER"));
    String zjj = Http.token("zjj.draws", Http.newAccount(admin, "421181-zjj", "zjj.draws", "住建抽取", "DEPARTMENT_OFFICER"));
    String jtj = Http.token("jtj.draws", Http.newAccount(admin, "421181-jtj", "jtj.draws", "交通抽取", "DEPARTMENT_OFFICER"));
    for (int i = 0; i < 4; i++) {
      String body = "{\"region\":\"421181\",\"name\":\"接口专家" + i + "\",\"residentId\":\"" + residentId(900 + i)
          + "\",\"phone\":\"1370000000" + i + "\",\"employer\":\"接口测试单位" + i + "\",\"title\":\"高级工程师\","
          + "\"specialties\":[\"A0302\"],\"certificates\":[{\"name\":\"职称证\",\"number\":\"IT" + i + "\"}],"
          + "\"conflicts\":[],\"shareConsent\":false,\"declaration\":true}";
      HttpResponse<String> applied = Http.post("/api/v1/public/experts/applications", body, null);
      assertEquals(201, applied.statusCode(), applied.body());
      String id = Http.json(applied).getString("applicationId");
      HttpResponse<String> approved = Http.post("/api/v1/experts/" + id + "/decisions",
          "{\"kind\":\"APPROVE\",\"version\":1}", office);
      assertEquals(200, approved.statusCode(), approved.body());
      assertEquals(403, Http.post("/api/v1/experts/" + id + "/decisions", "{\"kind\":\"EXIT\",\"version\":2,"
          + "\"reason\":\"x\"}", zjj).statusCode(), "a department does not keep the pool");
    }
    String start = Http.TODAY.plusDays(3) + "T09:00:00+08:00";
    HttpResponse<String> requested = Http.post("/api/v1/expert-draws", "{\"projectName\":\"接口测试工程\","
        + "\"sectionCode\":\"IT-01\",\"sectionName\":\"接口测试工程一标段\",\"tenderer\":\"麻城市某投资公司\","
        + "\"bidders\":[\"某投标人\"],\"quotas\":[{\"specialty\":\"A0302\",\"count\":4}],"
        + "\"tendererRepresentatives\":1,\"evaluationStart\":\"" + start + "\",\"place\":\"麻城市公共资源交易中心\","
        + "\"remote\":false,\"recentMonths\":6}", zjj);
    assertEquals(201, requested.statusCode(), requested.body());
    JsonObject committed = Http.json(requested);
    String drawId = committed.getString("id");
    HttpResponse<String> drawn = Http.post("/api/v1/expert-draws/" + drawId + "/draw", "{\"version\":"
        + committed.getJsonNumber("version").longValue() + ",\"witnessName\":\"纪检组\",\"witnessValue\":\"IT-7\"}", zjj);
    assertEquals(200, drawn.statusCode(), drawn.body());
    assertEquals(4, Http.json(drawn).getInt("invited"));
    HttpResponse<String> panel = Http.get("/api/v1/expert-draws/" + drawId + "/panel", zjj);
    assertEquals(409, panel.statusCode(), panel.body());
    assertEquals("expert.draw.sealed", Http.json(panel).getString("code"));
    assertEquals(409, Http.get("/api/v1/expert-draws/" + drawId + "/panel", office).statusCode(), "not the office either");
    assertEquals(404, Http.get("/api/v1/expert-draws/" + drawId, jtj).statusCode(), "another department");
    HttpResponse<String> published = Http.get("/api/v1/public/experts/draws/" + drawId, null);
    assertEquals(200, published.statusCode());
    JsonObject round = Http.json(published).getJsonArray("rounds").getJsonObject(0);
    assertTrue(Http.json(published).getBoolean("sealed"));
    assertEquals(committed.getJsonArray("rounds").getJsonObject(0).getString("commitment"), round.getString("commitment"));
    assertFalse(round.containsKey("seed") && !round.isNull("seed"), "no seed before the evaluation: " + round);
    assertFalse(round.containsKey("result") && !round.isNull("result"), "no result before the evaluation: " + round);
  }

  /** A valid resident ID (GB 11643) with the given sequence number. */
  private static String residentId(int sequence) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    String body = "42118119750601" + String.format("%03d", sequence % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static String shots() throws IOException {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    return shots.toAbsolutePath().toString();
  }

  /** Runs a journey script with node; its output, or a failure with the output. */
  private static String node(String... args) throws Exception {
    Path dir = Path.of(System.getProperty("it.browser.dir"));
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Process p = pb.start();
    String output;
    try (var in = p.getInputStream()) {
      assertTrue(p.waitFor(240, TimeUnit.SECONDS), args[0] + " timed out");
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      p.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, p.exitValue(), args[0] + " failed:\n" + output);
    return output;
  }
}
