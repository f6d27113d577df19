package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case register through real HTTP on the managed Liberty: the public deadline endpoint, the
 * officers' case endpoints end to end, and tenant isolation through every case endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void thePublicDeadlineEndpointCountsWorkingDaysAcrossNationalDay() throws Exception {
    // received Wednesday 30 September 2026 18:00 (Shanghai); 1–7 October are holidays, Saturday 10
    // October is an adjusted working day: the 1st working day after is Thursday 8 October
    HttpResponse<String> r = Http.get("/api/v1/public/calendar/deadline?region=421181"
        + "&start=2026-09-30T18:00:00%2B08:00&workingDays=1", null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject due = Http.json(r);
    assertEquals("2026-10-09T00:00:00+08:00", due.getString("due"));
    assertFalse(due.getBoolean("provisional"));
    // 2027's notice is not loaded: counted on weekends and 元旦 by law, and said to be provisional
    HttpResponse<String> provisional = Http.get("/api/v1/public/calendar/deadline?region=421181"
        + "&start=2026-12-30T10:00:00%2B08:00&workingDays=15", null);
    assertEquals(200, provisional.statusCode(), provisional.body());
    assertEquals("2027-01-22T00:00:00+08:00", Http.json(provisional).getString("due"));
    assertTrue(Http.json(provisional).getBoolean("provisional"));
    assertEquals(2027, Http.json(provisional).getInt("missingCalendarYear"));
    HttpResponse<String> missing = Http.get("/api/v1/public/calendar/deadline?region=421181"
        + "&start=2099-12-30T10:00:00%2B08:00&workingDays=15", null);
    assertEquals(400, missing.statusCode(), missing.body());
    assertEquals("calendar.year.missing", Http.json(missing).getString("code"));
    assertEquals("start", Http.json(missing).getString("field"));
  }

  @Test
  void aTokenFollowsItsAccountThroughAForcedAndAVoluntaryPasswordChange() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String initial = Http.newAccount(admin, "421181-slj", "auth.slj", "水利认证", "DEPARTMENT_OFFICER");
    HttpResponse<String> issued = Http.post("/api/v1/auth/token", Json.createObjectBuilder().add("login", "auth.slj")
        .add("password", initial).build().toString(), null);
    assertEquals(200, issued.statusCode(), issued.body());
    assertTrue(Http.json(issued).getBoolean("mustChangePassword"));
    String firstToken = Http.json(issued).getString("accessToken");
    // whoever created the account knows the initial password: its token opens nothing
    HttpResponse<String> refused = Http.get("/api/v1/me", firstToken);
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals("auth.passwordChangeRequired", Http.json(refused).getString("code"));

    String second = Http.token("auth.slj", initial);  // changes the password, then logs in
    assertEquals(200, Http.get("/api/v1/me", second).statusCode());
    assertEquals(401, Http.get("/api/v1/me", firstToken).statusCode(), "a token from before the change ends");

    String current = Http.password("auth.slj", initial);
    HttpResponse<String> changed = Http.post("/api/v1/auth/password", Json.createObjectBuilder()
        .add("login", "auth.slj").add("currentPassword", current).add("newPassword", "Voluntary-Change-42")
        .build().toString(), null);
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(401, Http.get("/api/v1/me", second).statusCode(), "a password change ends the older tokens");

    // wrong logins slow their address down (429 and Retry-After), an unknown login exactly like a known one
    for (String login : List.of("auth.slj", "auth.nobody")) {
      HttpResponse<String> last = null;
      for (int i = 0; i < 6; i++) {
        last = Http.post("/api/v1/auth/token", Json.createObjectBuilder().add("login", login)
            .add("password", "wrong-" + i).build().toString(), null);
        assertEquals(i < 5 ? 401 : 429, last.statusCode(), login + " try " + i + ": " + last.body());
      }
      assertEquals("auth.throttled", Http.json(last).getString("code"));
      assertTrue(last.headers().firstValue("Retry-After").isPresent());
    }
  }

  @Test
  void anotherDepartmentGetsNotFoundFromEveryCaseEndpoint() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("case.office", Http.newAccount(admin, "421181-jgb", "case.office", "监管办甲", "OFFICE_OFFICER"));
    String zjj = Http.token("case.zjj", Http.newAccount(admin, "421181-zjj", "case.zjj", "住建甲", "DEPARTMENT_HEAD"));
    String jtj = Http.token("case.jtj", Http.newAccount(admin, "421181-jtj", "case.jtj", "交通乙", "DEPARTMENT_HEAD"));

    HttpResponse<String> created = Http.post("/api/v1/cases", Json.createObjectBuilder()
        .add("source", "COMPLAINT").add("industry", "HOUSING_CONSTRUCTION").add("title", "某道路工程围标串标投诉")
        .add("summary", "多家投标文件由同一台电脑制作").build().toString(), office);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject c = Http.json(created);
    String id = c.getString("id");
    assertEquals("421181-zjj", c.getString("ownerTenant"));
    assertTrue(c.getString("number").startsWith("麻监案〔"), c.getString("number"));

    HttpResponse<String> accepted = Http.post("/api/v1/cases/" + id + "/actions",
        "{\"action\":\"ACCEPT\",\"version\":" + c.getJsonNumber("version").longValue() + "}", zjj);
    assertEquals(200, accepted.statusCode(), accepted.body());
    long version = Http.json(accepted).getJsonNumber("version").longValue();
    // accepted on the server's day (14 December 2026): 15 working days run into 2027, whose notice
    // is not loaded, so the completion clock is provisional and says which notice it waits for
    JsonObject completion = Http.json(accepted).getJsonObject("completionClock");
    assertTrue(completion.getBoolean("provisional"), completion.toString());
    assertEquals(2027, completion.getInt("missingCalendarYear"), completion.toString());
    assertEquals("2027-01-05", completion.getString("lastDay"), completion.toString());

    for (String path : List.of("/api/v1/cases/" + id, "/api/v1/cases/" + id + "/notices/ACCEPTANCE",
        "/api/v1/cases/" + id + "/file")) {
      HttpResponse<String> stranger = Http.get(path, jtj);
      assertEquals(404, stranger.statusCode(), path + " " + stranger.body());
      assertFalse(stranger.body().contains("围标串标"), "nothing of the case leaks: " + path);
      assertEquals(200, Http.get(path, zjj).statusCode(), path);
    }
    HttpResponse<String> strangerAct = Http.post("/api/v1/cases/" + id + "/actions",
        "{\"action\":\"START_INVESTIGATION\",\"version\":" + version + "}", jtj);
    assertEquals(404, strangerAct.statusCode(), strangerAct.body());
    assertFalse(Http.get("/api/v1/cases?inbox=DEPARTMENT&limit=200", jtj).body().contains(id));
    assertTrue(Http.get("/api/v1/cases?inbox=DEPARTMENT&limit=200", zjj).body().contains(id));
    assertEquals(403, Http.get("/api/v1/cases?inbox=OFFICE", zjj).statusCode(), "only the office reads the region");
    assertTrue(Http.get("/api/v1/cases?inbox=OFFICE&limit=200", office).body().contains(id));

    HttpResponse<String> stale = Http.post("/api/v1/cases/" + id + "/actions",
        "{\"action\":\"START_INVESTIGATION\",\"version\":" + (version - 1) + "}", zjj);
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals("concurrentChange", Http.json(stale).getString("code"));
    HttpResponse<String> illegal = Http.post("/api/v1/cases/" + id + "/actions",
        "{\"action\":\"APPROVE_CLOSE\",\"version\":" + version + "}", zjj);
    assertEquals(409, illegal.statusCode(), illegal.body());
    assertEquals("case.action.notNow", Http.json(illegal).getString("code"));
    assertEquals("案件当前状态下不能执行此操作", Http.json(illegal).getString("message"));

    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(Http.BASE + "/api/v1/cases/" + id + "/notices/ACCEPTANCE"))
        .header("Authorization", "Bearer " + zjj).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

    LocalDate today = Http.TODAY;
    HttpResponse<String> timeliness = Http.get("/api/v1/cases/timeliness?from=" + today.minusDays(1) + "&to="
        + today.plusDays(1), zjj);
    assertEquals(200, timeliness.statusCode(), timeliness.body());
    assertTrue(timeliness.body().contains("421181-zjj"), timeliness.body());
  }
}
