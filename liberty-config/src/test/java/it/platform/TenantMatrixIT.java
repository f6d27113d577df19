package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation as a matrix generated from the routes (issue 16): every officer endpoint of the
 * served OpenAPI document that takes one id, asked with every id the owning department's head can
 * see in the API's lists, by the owner, by another department's head, by an account of the office
 * without an office-wide role (the office without its audited scope), by the office and a
 * department of another region (added over the administrators' API), and by an office officer. A
 * new endpoint or a new kind of record is covered without writing a line.
 *
 * <ul>
 *   <li>reads: where the owner gets 200, the other departments and offices (without scope) get
 *       exactly the answer an id that exists nowhere gets (status and error code), and nothing of
 *       the record; the office officer reads through its audited scope (the department's case must
 *       answer 200) and never gets a server error;
 *   <li>writes: every POST, PUT and DELETE with one id, sent by both outsiders with the
 *       owner's ids, answers like the same request with an unknown id (refused, or a no-op such as
 *       marking a notification read, which touches only the caller's own), and afterwards the
 *       owner reads every record exactly as before.
 * </ul>
 *
 * <p>Reads that are region-wide on purpose are listed in {@link #REGION_WIDE}: another department
 * of the region reads them too, another region's like an unknown id. Then the console: every route of the web UI with an id ({@link ConsoleRoutes},
 * read from the WAR) opened in a browser with each id the owner reads, by the owner (who must see
 * its case somewhere, so the check can fail) and by the other department and the other region's
 * department, who must see nothing of the owner's records ({@code tenant-console.mjs}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantMatrixIT {
  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String UNKNOWN = "zz-unknown-0000000000000000";
  private static final String CASE_TITLE = "矩阵测试：某工程转包举报";
  private static final String COMPANY = "麻城市矩阵测试建设有限公司";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{6,80}");
  private static final Pattern ONE_PARAM = Pattern.compile("^[^{]*\\{[^}]+}[^{]*$");
  private static final int MAX_IDS = 60;
  private static final int IDS_PER_ROUTE = 4;
  /**
   * Reads that are region-wide on purpose, each read audited (README, "Credit"): a subject's credit
   * score counts every department's records in force, as joint rewards and punishments need.
   */
  private static final Set<String> REGION_WIDE = Set.of("/api/v1/credit/scores/{subjectId}");

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
  }

  @Test
  void anotherDepartmentsIdsAnswerLikeUnknownOnesOnEveryEndpointAndChangeNothing() throws Exception {
    String admin = Http.token("admin", ADMIN_PASSWORD);
    String office = Http.token("tm.office", Http.newAccount(admin, "421181-jgb", "tm.office", "矩阵监管办", "OFFICE_OFFICER"));
    String ownerInitial = Http.newAccount(admin, "421181-zjj", "tm.zjj", "矩阵住建", "DEPARTMENT_HEAD");
    String strangerInitial = Http.newAccount(admin, "421181-jtj", "tm.jtj", "矩阵交通", "DEPARTMENT_HEAD");
    String owner = Http.token("tm.zjj", ownerInitial);
    String stranger = Http.token("tm.jtj", strangerInitial);
    // the office's own clerk without an office-wide role: the office without the audited scope
    String clerk = Http.token("tm.clerk", Http.newAccount(admin, "421181-jgb", "tm.clerk", "矩阵监管办文员",
        "DEPARTMENT_OFFICER"));
    // another city on the platform, added over the administrators' API: its office and a department
    String otherRegion = Regions.OTHER;
    region(admin, stranger);
    String otherOffice = Http.token("tm.wx.office", Http.newAccount(admin, otherRegion + "-jgb", "tm.wx.office",
        "矩阵武穴监管办", "OFFICE_OFFICER"));
    String otherDepartmentInitial = Http.newAccount(admin, otherRegion + "-zjj", "tm.wx.zjj", "矩阵武穴住建",
        "DEPARTMENT_HEAD");
    String otherDepartment = Http.token("tm.wx.zjj", otherDepartmentInitial);
    Map<String, String> strangers = Map.of("other department", stranger, "office without scope", clerk,
        "other region's office", otherOffice, "other region's department", otherDepartment);
    // at least one record of the owner, whatever the other tests left
    HttpResponse<String> created = Http.post("/api/v1/cases", Json.createObjectBuilder()
        .add("source", "REPORT").add("industry", "HOUSING_CONSTRUCTION").add("title", CASE_TITLE)
        .add("summary", "施工单位将主体工程转包").build().toString(), office);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("421181-zjj", Http.json(created).getString("ownerTenant"));
    HttpResponse<String> recorded = Http.post("/api/v1/credit/records", Json.createObjectBuilder()
        .add("subjectKind", "ENTERPRISE").add("subjectName", COMPANY).add("creditCode", "91421181MA49X0Q51N")
        .add("kind", "PENALTY").add("summary", "转包，处以罚款").add("legalBasis", "《建筑法》第六十七条")
        .add("internalNote", "矩阵测试").add("decidedOn", Http.TODAY.toString()).build().toString(), owner);
    assertEquals(201, recorded.statusCode(), recorded.body());

    JsonObject paths = Http.json(Http.get("/openapi?format=JSON", null)).getJsonObject("paths");
    List<String> lists = new ArrayList<>();
    List<String> reads = new ArrayList<>();
    Map<String, List<String>> writes = new LinkedHashMap<>();
    for (String path : paths.keySet()) {
      if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/public/") || path.startsWith("/api/v1/auth/")) {
        continue;
      }
      JsonObject operations = paths.getJsonObject(path);
      if (!path.contains("{") && operations.containsKey("get")) {
        lists.add(path);
      } else if (ONE_PARAM.matcher(path).matches()) {
        if (operations.containsKey("get")) {
          reads.add(path);
        }
        for (String method : List.of("post", "put", "delete")) {
          if (operations.containsKey(method)) {
            writes.computeIfAbsent(path, p -> new ArrayList<>()).add(method.toUpperCase());
          }
        }
      }
    }
    assertTrue(reads.size() >= 15 && writes.size() >= 15, "the document lists the endpoints: " + reads + writes);

    Set<String> ids = new LinkedHashSet<>();
    List<String> listed = new ArrayList<>();
    for (String list : lists) {
      // the lists as they open, and the department's view where a list has one (the case inbox)
      for (String view : List.of("", "?inbox=DEPARTMENT")) {
        HttpResponse<String> r = Http.get(list + view, owner);
        if (r.statusCode() == 200 && (r.body().startsWith("{") || r.body().startsWith("["))) {
          int before = ids.size();
          collectIds(parse(r.body()), ids);
          listed.add(list + view + " +" + (ids.size() - before));
        }
      }
    }
    List<String> sample = new ArrayList<>(ids).subList(0, Math.min(MAX_IDS, ids.size()));

    List<String> wrong = new ArrayList<>();
    Map<String, String> ownerSees = new LinkedHashMap<>();
    Map<String, HttpResponse<String>> asUnknown = new HashMap<>();  // who, method and template → the answer
    Set<String> covered = new TreeSet<>();
    int asked = 0;
    for (String template : reads) {
      for (String id : sample) {
        String path = fill(template, id);
        HttpResponse<String> mine = Http.get(path, owner);
        asked++;
        if (mine.statusCode() >= 500) {
          wrong.add("owner " + mine.statusCode() + " " + path);
        }
        if (mine.statusCode() != 200) {
          continue;
        }
        covered.add(template);
        if (mine.body().startsWith("{")) {
          ownerSees.put(path, mine.body());  // a JSON record, read again after the writes (a PDF differs per render)
        }
        for (var who : strangers.entrySet()) {
          HttpResponse<String> unknown = asUnknown.computeIfAbsent(who.getKey() + " GET " + template,
              k -> Http.unchecked(() -> Http.get(fill(template, UNKNOWN), who.getValue())));
          HttpResponse<String> theirs = Http.get(path, who.getValue());
          asked++;
          if (REGION_WIDE.contains(template) && !who.getKey().startsWith("other region")) {
            if (theirs.statusCode() != 200) {
              wrong.add("region-wide read refused to the " + who.getKey() + ": " + theirs.statusCode() + " " + path);
            }
          } else if (theirs.statusCode() != unknown.statusCode() || !code(theirs).equals(code(unknown))) {
            wrong.add(who.getKey() + " " + theirs.statusCode() + " " + code(theirs) + " (unknown id: "
                + unknown.statusCode() + " " + code(unknown) + ") " + path);
          } else if (theirs.statusCode() < 400) {
            wrong.add(who.getKey() + " reads " + path);
          }
        }
        HttpResponse<String> office1 = Http.get(path, office);
        asked++;
        if (office1.statusCode() >= 500) {
          wrong.add("office " + office1.statusCode() + " " + path);
        } else if (template.equals("/api/v1/cases/{id}") && office1.statusCode() != 200) {
          wrong.add("the office (audited scope) cannot read the department's case: " + office1.statusCode() + " " + path);
        }
      }
    }
    assertTrue(covered.size() >= 3, "records of the owner were found through at least three endpoints: " + covered
        + " (ids from " + listed + ")");

    Set<String> attempted = new TreeSet<>();
    for (var write : writes.entrySet()) {
      String template = write.getKey();
      for (String method : write.getValue()) {
        for (String id : sample) {
          if (ownerSees.keySet().stream().noneMatch(p -> p.contains("/" + id))) {
            continue;  // not an id the owner reads anywhere: nothing to take
          }
          String path = fill(template, id);
          attempted.add(method + " " + template);
          for (var who : strangers.entrySet()) {
            HttpResponse<String> unknown = asUnknown.computeIfAbsent(who.getKey() + " " + method + " " + template,
                k -> Http.unchecked(() -> Http.send(method, fill(template, UNKNOWN), "application/json", "{}",
                    who.getValue())));
            HttpResponse<String> theirs = Http.send(method, path, "application/json", "{}", who.getValue());
            asked++;
            // refused like an unknown id, or a no-op like one (marking someone else's notification read)
            if (theirs.statusCode() >= 500 || theirs.statusCode() < 400 && unknown.statusCode() >= 400) {
              wrong.add(who.getKey() + "'s " + method + " answered " + theirs.statusCode() + " " + path);
            } else if (theirs.statusCode() != unknown.statusCode() || !code(theirs).equals(code(unknown))) {
              wrong.add(who.getKey() + "'s " + method + " " + theirs.statusCode() + " " + code(theirs)
                  + " (unknown id: " + unknown.statusCode() + " " + code(unknown) + ") " + path);
            }
          }
        }
      }
    }
    for (var seen : ownerSees.entrySet()) {
      HttpResponse<String> again = Http.get(seen.getKey(), owner);
      if (again.statusCode() != 200 || !stable(seen.getValue(), again.body())) {
        wrong.add("changed by another department's writes: " + seen.getKey());
      }
    }
    System.out.printf("tenant matrix: %d requests, %d ids from %s; reads covered %s; writes attempted %s%n",
        asked, sample.size(), listed, covered, attempted);
    assertTrue(attempted.size() >= 3, "writes with the owner's ids were tried: " + attempted);
    assertEquals(List.of(), wrong);

    // the console: every route with an id, read from the WAR, with the ids the owner reads
    List<String> routes = ConsoleRoutes.withParameters(Path.of(System.getProperty("it.war")),
        Files.createTempDirectory("console-routes")).stream()
        .filter(r -> r.startsWith("console/") && r.chars().filter(c -> c == ':').count() == 1).toList();
    assertTrue(routes.size() >= 6, "the console's routes with an id: " + routes);
    JsonArrayBuilder pages = Json.createArrayBuilder();
    routes.forEach(r -> idsFor(r, ownerSees.keySet(), sample).forEach(id -> pages.add(r.replaceAll(":[A-Za-z]+\\??", id))));
    String output = BrowserJourneys.run(480, "tenant-console.mjs", Http.BASE + "/",
        "tm.zjj:" + Http.password("tm.zjj", ownerInitial), "tm.jtj:" + Http.password("tm.jtj", strangerInitial)
            + "|tm.wx.zjj:" + Http.password("tm.wx.zjj", otherDepartmentInitial),
        Json.createArrayBuilder().add(CASE_TITLE).add(COMPANY).build().toString(), pages.build().toString());
    assertTrue(output.contains("CONSOLE MATRIX PASSED"), output);
  }

  /**
   * The owner's ids a console route is opened with: those the owner read through an API path whose
   * segment before the id is one of the route's own segments ({@code console/cases/:caseId} takes
   * the ids of {@code /api/v1/cases/{id}}), else those of a path sharing any of its segments; at
   * most {@value #IDS_PER_ROUTE}, and a few of any kind when the API has none that fit.
   */
  static List<String> idsFor(String route, Set<String> ownerRead, List<String> sample) {
    Set<String> words = new LinkedHashSet<>(List.of(route.split("/")));
    words.removeIf(w -> w.equals("console") || w.startsWith(":"));
    Set<String> exact = new LinkedHashSet<>();
    Set<String> near = new LinkedHashSet<>();
    for (String path : ownerRead) {
      List<String> segments = List.of(path.split("/"));
      for (int i = 4; i < segments.size(); i++) {
        String id = segments.get(i);
        if (!sample.contains(id)) {
          continue;
        }
        if (words.contains(segments.get(i - 1))) {
          exact.add(id);
        } else if (segments.subList(3, i).stream().anyMatch(words::contains)) {
          near.add(id);
        }
      }
    }
    Set<String> chosen = !exact.isEmpty() ? exact : !near.isEmpty() ? near : new LinkedHashSet<>(sample);
    return new ArrayList<>(chosen).subList(0, Math.min(IDS_PER_ROUTE, chosen.size()));
  }

  /**
   * Adds the other region over the administrators' API (or finds it there from an earlier test); a
   * department head may not, and a department of an unknown kind is refused at its field.
   */
  private static void region(String admin, String head) throws Exception {
    assertEquals(403, Http.post("/api/v1/regions", Regions.OTHER_REGION_BODY, head).statusCode(),
        "a department head adds no region");
    Regions.addOther(admin);
    HttpResponse<String> wrongKind = Http.post("/api/v1/regions/" + Regions.OTHER + "/departments",
        Regions.OTHER_DEPARTMENT_BODY.replace("INDUSTRY_DEPARTMENT", "BUREAU"), admin);
    assertEquals(400, wrongKind.statusCode(), wrongKind.body());
    assertEquals("department.kind.unknown", code(wrongKind));
    assertTrue(wrongKind.body().contains("\"field\":\"kind\""), wrongKind.body());
  }

  private static String fill(String template, String id) {
    return template.replaceAll("\\{[^}]+}", id);
  }

  private static String code(HttpResponse<String> r) {
    if (!r.body().startsWith("{")) {
      return "";
    }
    try {
      JsonObject o = Http.json(r);
      return o.containsKey("code") && o.get("code") instanceof JsonString s ? s.getString() : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The same record: equal, or equal but for the times it was read at (none of the owner's fields). */
  private static boolean stable(String before, String after) {
    return before.equals(after) || before.replaceAll("\"(readAt|now|asOf|generatedAt)\":\"[^\"]*\"", "")
        .equals(after.replaceAll("\"(readAt|now|asOf|generatedAt)\":\"[^\"]*\"", ""));
  }

  private static JsonValue parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (RuntimeException e) {
      return JsonValue.NULL;
    }
  }

  /** Every string under a key "id" or ending in "Id" (not the tenant's), anywhere in the answer. */
  private static void collectIds(JsonValue value, Set<String> ids) {
    if (value instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        String key = e.getKey();
        boolean idKey = key.equals("id") || key.endsWith("Id") && !key.toLowerCase().contains("tenant");
        if (idKey && e.getValue() instanceof JsonString s && ID.matcher(s.getString()).matches()) {
          ids.add(s.getString());
        } else {
          collectIds(e.getValue(), ids);
        }
      }
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> collectIds(v, ids));
    }
  }
}
