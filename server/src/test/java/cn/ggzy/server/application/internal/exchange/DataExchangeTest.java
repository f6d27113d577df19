package cn.ggzy.server.application.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.application.DataExchange.ExchangeReport;
import cn.ggzy.server.application.DataExchange.Format;
import cn.ggzy.server.application.DataExchange.Refusal;
import cn.ggzy.server.application.DataExchange.SetReport;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.project.TenderMethod;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data exchange through the real wiring: national-format batches (JSON, XML) and OCDS release
 * packages imported into the register, the tender imports and the credit subjects; exported again and
 * imported into another department with the same data; every malformed batch refused with its report
 * and nothing already stored changed.
 */
class DataExchangeTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final TenantId SLJ = TenantId.of("421181-slj");
  private static final List<String> EXCHANGED = List.of("TENDER_PROJECT", "BID_SECTION", "TENDER_LIST", "WIN_RESULT");

  private final DataExchange exchange = TestContainer.get(DataExchange.class);
  private final TenderBidRepository bids = TestContainer.get(TenderBidRepository.class);
  private final ProjectRepository projects = TestContainer.get(ProjectRepository.class);
  private final SubjectRepository subjects = TestContainer.get(SubjectRepository.class);

  private static Caller head(TenantId tenant) {
    return TestOfficers.signedIn(tenant, "xch" + N.incrementAndGet() + "h", "交换" + N.get(), Role.DEPARTMENT_HEAD);
  }

  /** A project with one section, three bidders (codes returned in the map's values) and its result. */
  private record Fixture(String project, List<String> bidders, Map<String, List<Map<String, String>>> sets) {}

  private static Fixture fixture(String machineCode) {
    String project = "XCH-" + N.incrementAndGet();
    int base = 700_000 + N.get() * 10;
    List<String> codes = List.of(CreditFixtures.code(base + 1), CreditFixtures.code(base + 2),
        CreditFixtures.code(base + 3));
    Map<String, List<Map<String, String>>> sets = new LinkedHashMap<>();
    List<Map<String, String>> subjectRecs = new ArrayList<>();
    List<Map<String, String>> bidRecs = new ArrayList<>();
    String[] prices = {"1000000.00", "1043700.00", "1128500.00"};
    for (int i = 0; i < 3; i++) {
      subjectRecs.add(rec("SUBJECT_ROLE", "1", "SUBJECT_NAME", "麻城市建工" + project + "-" + i + "有限公司",
          "SUBJECT_CODE_TYPE", "97", "SUBJECT_CODE", codes.get(i), "REGION_CODE", "421181"));
      bidRecs.add(rec("TENDER_PROJECT_CODE", project, "BID_SECTION_CODE", "BD1", "BIDDER_NAME",
          "麻城市建工" + project + "-" + i + "有限公司", "BIDDER_CODE_TYPE", "97", "BIDDER_ORG_CODE", codes.get(i),
          "BID_PRICE", prices[i], "PRICE_CURRENCY", "CNY", "PRICE_UNIT", "元", "BID_SUBMIT_TIME",
          "2026-11-10 09:3" + i + ":00", "BID_MANAGER", "项目经理" + i, "MACHINE_CODE",
          machineCode == null ? "M-" + project + "-" + i : machineCode, "UPLOADER_IP", "10.0.1." + i));
    }
    sets.put("SUBJECT", subjectRecs);
    sets.put("TENDER_PROJECT", List.of(rec("PROJECT_CODE", "2026-421181-47-01-" + project, "TENDER_PROJECT_CODE",
        project, "TENDER_PROJECT_NAME", "麻城市" + project + "学校教学楼工程", "TENDERER_NAME", "麻城市教育局",
        "APPROVE_DATE", "2026-09-01", "TENDER_MODE", "1", "TENDER_ORGANIZE_FORM", "2", "IS_TO_LAW", "1",
        "PLAN_TENDER_DATE", "2026-10-15", "TENDER_PROJECT_TYPE", "A01", "CONTRACT_KIND", "1", "CONTRACT_NAME",
        "教学楼施工", "CONTRACT_RECKON_PRICE", "12000000.00", "REGION_CODE", "421181")));
    sets.put("BID_SECTION", List.of(rec("TENDER_PROJECT_CODE", project, "BID_SECTION_CODE", "BD1", "BID_SECTION_NAME",
        "一标段", "CONTRACT_KIND", "1", "TENDER_MODE", "1", "TENDER_ORGANIZE_FORM", "2", "NOTICE_SEND_TIME",
        "2026-10-16", "CONTRACT_RECKON_PRICE", "12000000.00")));
    sets.put("TENDER_LIST", bidRecs);
    sets.put("WIN_RESULT", List.of(rec("TENDER_PROJECT_CODE", project, "BID_SECTION_CODE", "BD1", "WIN_BIDDER_NAME",
        "麻城市建工" + project + "-0有限公司", "WIN_BIDDER_CODE", codes.get(0), "WIN_BID_PRICE", "1000000.00")));
    return new Fixture(project, codes, sets);
  }

  private static Map<String, String> rec(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static byte[] json(Map<String, List<Map<String, String>>> sets) {
    return ExchangeFiles.write(Map.of("PLATFORM_CODE", "test"), sets, Format.JSON);
  }

  private static LocalDate from() {
    return TestClock.today().minusDays(30);
  }

  private static LocalDate to() {
    return TestClock.today().plusDays(1);
  }

  private static void allTaken(ExchangeReport r) {
    assertEquals(List.of(), r.refused(), "nothing refused");
    assertEquals(r.received(), r.imported());
    for (SetReport s : r.sets()) {
      assertEquals(s.received(), s.imported(), s.dataSet());
    }
  }

  /** Received = imported + refused for every data set: no record dropped silently. */
  private static void accountedFor(ExchangeReport r) {
    for (SetReport s : r.sets()) {
      long refused = r.refused().stream().filter(x -> x.dataSet().equals(s.dataSet())).count();
      assertEquals(s.received(), s.imported() + refused, s.dataSet());
      assertEquals(s.refused(), refused, s.dataSet());
    }
  }

  /** The records of one project in an exported national batch, data set by data set, without timestamps. */
  private static Map<String, List<Map<String, String>>> of(byte[] exported, Format format, Fixture f) {
    String project = f.project();
    ExchangeFiles.Batch batch = ExchangeFiles.read(exported, format);
    Map<String, List<Map<String, String>>> out = new TreeMap<>();
    out.put("SUBJECT", batch.sets().getOrDefault("SUBJECT", List.of()).stream()
        .filter(r -> f.bidders().contains(r.item("SUBJECT_CODE"))).map(r -> (Map<String, String>) new TreeMap<>(
            r.items())).sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
    for (String set : EXCHANGED) {
      out.put(set, batch.sets().getOrDefault(set, List.of()).stream()
          .filter(r -> project.equals(r.item("TENDER_PROJECT_CODE")))
          .map(r -> {
            Map<String, String> m = new TreeMap<>(r.items());
            m.remove("DATA_TIMESTAMP");
            return m;
          })
          .sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
    }
    return out;
  }

  @Test
  void aNationalBatchIsTakenIntoTheRegisterTheTenderImportsAndTheCreditSubjects() {
    Caller head = head(ZJJ);
    Fixture f = fixture(null);
    ExchangeReport report = exchange.importNational(head, json(f.sets()), Format.JSON);
    allTaken(report);
    assertEquals(9, report.received());

    ApprovedProject p = projects.byProjectCode(ZJJ, f.project()).get(0);
    assertEquals("2026-421181-47-01-" + f.project(), p.facts().approvalNumber());
    assertEquals(TenderMethod.OPEN, p.facts().method());
    assertEquals("BD1", p.facts().tenders().get(0).sectionCode());
    List<TenderBid> section = bids.section(ZJJ, new SectionKey(f.project(), "BD1"));
    assertEquals(3, section.size());
    assertEquals(List.of(f.bidders().get(0)), section.stream().filter(TenderBid::winner).map(TenderBid::bidderCode)
        .toList(), "the result names the winner");
    assertTrue(subjects.findByKey(ZJJ.region(), "C:" + f.bidders().get(2)).isPresent(), "subjects registered");

    ExchangeReport again = exchange.importNational(head, json(f.sets()), Format.JSON);
    allTaken(again);
    assertEquals(3, bids.section(ZJJ, new SectionKey(f.project(), "BD1")).size(), "idempotent on the identifiers");
    assertEquals(1, projects.byProjectCode(ZJJ, f.project()).size());
  }

  @Test
  void whatIsExportedImportsIntoAnotherDepartmentAsTheSameDataInJsonAndXml() {
    for (Format format : Format.values()) {
      Fixture f = fixture(null);
      allTaken(exchange.importNational(head(ZJJ), json(f.sets()), Format.JSON));
      byte[] first = exchange.exportNational(head(ZJJ), from(), to(), format);
      Map<String, List<Map<String, String>>> exported = of(first, format, f);
      assertEquals(1, exported.get("TENDER_PROJECT").size());
      assertEquals(3, exported.get("TENDER_LIST").size());
      assertEquals(1, exported.get("WIN_RESULT").size());
      assertEquals(3, exported.get("SUBJECT").size(), "the bidders as credit subjects");

      Caller other = head(JTJ);
      ExchangeReport report = exchange.importNational(other, first, format);
      accountedFor(report);
      assertTrue(report.refused().stream().noneMatch(r -> r.identifier().startsWith(f.project())),
          "every record of the project taken: " + report.refused());
      byte[] second = exchange.exportNational(other, from(), to(), format);
      assertEquals(exported, of(second, format, f), format + " round trip");
      String text = new String(second, StandardCharsets.UTF_8);
      assertTrue(text.contains("麻城市" + f.project() + "学校教学楼工程"), "Chinese text kept");
    }
  }

  @Test
  void anXmlBatchInItsDeclaredGbkEncodingIsRead() {
    Fixture f = fixture(null);
    String xml = new String(ExchangeFiles.write(Map.of(), f.sets(), Format.XML), StandardCharsets.UTF_8)
        .replace("encoding=\"UTF-8\"", "encoding=\"GBK\"");
    allTaken(exchange.importNational(head(ZJJ), xml.getBytes(Charset.forName("GBK")), Format.XML));
    assertEquals("麻城市" + f.project() + "学校教学楼工程",
        bids.section(ZJJ, new SectionKey(f.project(), "BD1")).get(0).projectName());
  }

  @Test
  void aRecordWithAWrongCodeIsRefusedWithItsItemAndLeavesTheStoredOneAsItWas() {
    Caller head = head(ZJJ);
    Fixture f = fixture(null);
    allTaken(exchange.importNational(head, json(f.sets()), Format.JSON));
    Map<String, List<Map<String, String>>> bad = new LinkedHashMap<>(f.sets());
    Map<String, String> project = new LinkedHashMap<>(f.sets().get("TENDER_PROJECT").get(0));
    project.put("TENDER_MODE", "7");
    project.put("TENDERER_NAME", "被篡改的招标人");
    bad.put("TENDER_PROJECT", List.of(project));
    List<Map<String, String>> bidders = new ArrayList<>(f.sets().get("TENDER_LIST"));
    Map<String, String> noCode = new LinkedHashMap<>(bidders.get(1));
    noCode.remove("BIDDER_ORG_CODE");
    Map<String, String> wrongCurrency = new LinkedHashMap<>(bidders.get(2));
    wrongCurrency.put("PRICE_CURRENCY", "USD");
    wrongCurrency.put("BID_PRICE", "1.00");
    bidders.set(1, noCode);
    bidders.set(2, wrongCurrency);
    bad.put("TENDER_LIST", bidders);
    bad.put("SUBJECT", List.of(rec("SUBJECT_ROLE", "5", "SUBJECT_NAME", "某公司", "SUBJECT_CODE", "X"),
        rec("SUBJECT_ROLE", "1", "SUBJECT_NAME", "某公司", "SUBJECT_CODE", "91420000ABCDEFGHIJ")));
    bad.put("EXPERT_LEAVE", List.of(rec("X", "1")));

    ExchangeReport report = exchange.importNational(head, json(bad), Format.JSON);
    accountedFor(report);
    assertEquals("TENDER_MODE", refusal(report, "TENDER_PROJECT", 1).item());
    assertEquals("exchange.code", refusal(report, "TENDER_PROJECT", 1).code());
    assertEquals("BIDDER_ORG_CODE", refusal(report, "TENDER_LIST", 2).item());
    assertEquals("PRICE_CURRENCY", refusal(report, "TENDER_LIST", 3).item());
    assertEquals("SUBJECT_ROLE", refusal(report, "SUBJECT", 1).item());
    assertEquals("SUBJECT_CODE", refusal(report, "SUBJECT", 2).item());
    assertEquals("exchange.dataSet.unknown", refusal(report, "EXPERT_LEAVE", 1).code());
    assertFalse(refusal(report, "SUBJECT", 1).messageEn().isBlank());

    ApprovedProject stored = projects.byProjectCode(ZJJ, f.project()).get(0);
    assertEquals("麻城市教育局", stored.facts().employer(), "the refused record changed nothing");
    TenderBid third = bids.find(ZJJ, f.project() + "/BD1/" + f.bidders().get(2)).orElseThrow();
    assertEquals(1128500.00, third.price(), 0.001, "the refused bid changed nothing");
  }

  private static Refusal refusal(ExchangeReport report, String set, int index) {
    return report.refused().stream().filter(r -> r.dataSet().equals(set) && r.index() == index).findFirst()
        .orElseThrow(() -> new AssertionError(set + "#" + index + " not refused: " + report.refused()));
  }

  @Test
  void aBatchThatCannotBeReadIsRefusedWholeAndChangesNothing() {
    Caller head = head(ZJJ);
    Fixture f = fixture(null);
    allTaken(exchange.importNational(head, json(f.sets()), Format.JSON));
    Map<String, List<Map<String, String>>> changed = new LinkedHashMap<>(f.sets());
    List<Map<String, String>> bidders = new ArrayList<>();
    for (Map<String, String> b : f.sets().get("TENDER_LIST")) {
      Map<String, String> c = new LinkedHashMap<>(b);
      c.put("BID_PRICE", "999.00");
      bidders.add(c);
    }
    changed.put("TENDER_LIST", bidders);
    String text = new String(json(changed), StandardCharsets.UTF_8);

    assertRefused("exchange.encoding", () -> exchange.importNational(head, text.getBytes(Charset.forName("GBK")),
        Format.JSON));
    byte[] big = new byte[DataExchange.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(t, 0, big, 0, t.length);
    assertRefused("exchange.tooLarge", () -> exchange.importNational(head, big, Format.JSON));
    assertRefused("exchange.malformed", () -> exchange.importNational(head,
        text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8), Format.JSON));
    assertRefused("exchange.empty", () -> exchange.importNational(head, new byte[0], Format.JSON));
    assertRefused("exchange.empty", () -> exchange.importNational(head, "{\"HEADER\":{}}".getBytes(
        StandardCharsets.UTF_8), Format.JSON));
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE GGZY_DATA [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<GGZY_DATA><TENDER_LIST><RECORD><BIDDER_NAME>&x;</BIDDER_NAME></RECORD></TENDER_LIST></GGZY_DATA>";
    assertRefused("exchange.malformed", () -> exchange.importNational(head, xxe.getBytes(StandardCharsets.UTF_8),
        Format.XML));
    assertRefused("exchange.encoding", () -> exchange.importNational(head,
        "<?xml version=\"1.0\" encoding=\"EBCDIC-CP-US\"?><GGZY_DATA/>".getBytes(StandardCharsets.UTF_8),
        Format.XML));

    for (TenderBid b : bids.section(ZJJ, new SectionKey(f.project(), "BD1"))) {
      assertTrue(b.price() > 999.0, "nothing of a refused batch was taken");
    }
  }

  private static void assertRefused(String code, Runnable call) {
    DomainException e = assertThrows(DomainException.class, call::run);
    assertEquals(code, e.code());
    assertEquals("file", e.field());
  }

  @Test
  void theSupervisionsOwnDataIsExportedWarningsBlackListAwardsAndPerformance() {
    Caller head = head(SLJ);
    Fixture f = fixture("SAME-MACHINE-" + N.incrementAndGet());
    ExchangeReport imported = exchange.importNational(head, json(f.sets()), Format.JSON);
    allTaken(imported);
    assertFalse(imported.warnings().isEmpty(), "three bids made on one machine raise a warning");

    CreditSubject subject = subjects.register(SLJ.region(), new SubjectIdentity(SubjectKind.ENTERPRISE,
        "麻城市黑名单" + f.project() + "有限公司", new CreditCode(f.bidders().get(1)),
        null));
    CreditRecord penalty = CreditFixtures.penalty(SLJ, subject, TestClock.today());
    TestContainer.get(CreditRecordRepository.class).store(SLJ, penalty);
    BlacklistEntry entry = BlacklistEntry.list(new EntryId(penalty.id().value()), penalty, subject,
        ListClass.GENERAL, "串通投标", "《招标投标法实施条例》第六十七条", EnumSet.of(Measure.RESTRICT_BIDDING),
        TestClock.today(), TestClock.today().plusMonths(6), "head", TestClock.now());
    TestContainer.get(BlacklistRepository.class).store(SLJ, entry);
    CreditRecord rated = CreditFixtures.rated(SLJ, subject, RecordKind.POOR_PERFORMANCE, TestClock.today());
    TestContainer.get(CreditRecordRepository.class).store(SLJ, rated);

    Caller office = TestOfficers.signedIn(TenantId.of("421181-jgb"), "xch" + N.incrementAndGet() + "f", "监管办",
        Role.OFFICE_OFFICER);
    String title = "水库除险加固工程投诉" + f.project();
    TestContainer.get(CaseRegister.class).register(office, new NewCase(CaseSource.COMPLAINT,
        Industry.WATER_CONSERVANCY, title, "评标专家打分明显偏向", f.project(), "麻城市某水库工程", "某公司", null, false));

    ExchangeFiles.Batch out = ExchangeFiles.read(exchange.exportNational(head, from(), to(), Format.XML), Format.XML);
    ExchangeFiles.Rec complaint = out.sets().get("COMPLAINT").stream().filter(r -> title.equals(r.item(
        "COMPLAINT_TITLE"))).findFirst().orElseThrow();
    assertEquals("1", complaint.item("COMPLAINT_TYPE"));
    assertTrue(complaint.items().keySet().stream().noneMatch(k -> k.contains("NAME") || k.contains("PHONE")),
        "no filer identity: " + complaint.items().keySet());
    assertTrue(out.sets().get("PROJECT_ALARM").stream().anyMatch(r -> f.project().equals(r.item(
        "TENDER_PROJECT_CODE")) && r.item("BIDDER_ORG_CODES").contains(f.bidders().get(0))), "项目报警");
    ExchangeFiles.Rec listed = out.sets().get("BLACK_LIST").stream()
        .filter(r -> f.bidders().get(1).equals(r.item("SUBJECT_CODE"))).findFirst().orElseThrow();
    assertEquals("RESTRICT_BIDDING", listed.item("MEASURES"));
    assertEquals(TestClock.today().toString(), listed.item("START_DATE"));
    assertTrue(out.sets().get("PERFORMANCE").stream().anyMatch(r -> f.bidders().get(1).equals(r.item("SUBJECT_CODE"))
        && "2".equals(r.item("PERFORMANCE_RESULT"))), "履约评价差");
    assertEquals("421181", out.header().get("REGION_CODE"));
  }

  @Test
  void anOcdsExportValidatesAndImportsIntoAnotherDepartmentAsTheSameBids() {
    Fixture f = fixture(null);
    allTaken(exchange.importNational(head(ZJJ), json(f.sets()), Format.JSON));
    byte[] ocds = exchange.exportOcds(head(ZJJ), from(), to());
    String text = new String(ocds, StandardCharsets.UTF_8);
    OcdsSchema schema = new OcdsSchema(null);
    assertEquals(List.of(), schema.check(text), "valid against the release package schema");
    JsonObject pkg = ocds(ocds);
    JsonObject release = release(pkg, f);
    assertEquals("open", release.getJsonObject("tender").getString("procurementMethod"));
    assertEquals("works", release.getJsonObject("tender").getString("mainProcurementCategory"));
    assertEquals(3, release.getJsonObject("bids").getJsonArray("details").size());
    JsonArray awards = release.getJsonArray("awards");
    assertEquals("CN-USCC-" + f.bidders().get(0), awards.getJsonObject(0).getJsonArray("suppliers").getJsonObject(0)
        .getString("id"));

    String single = Json.createObjectBuilder(pkg).add("releases", Json.createArrayBuilder().add(release)).build()
        .toString();
    ExchangeReport report = exchange.importOcds(head(JTJ), single.getBytes(StandardCharsets.UTF_8));
    allTaken(report);
    Map<String, String> before = prices(ZJJ, f.project());
    assertEquals(before, prices(JTJ, f.project()), "the same bids and winner");
    assertTrue(before.values().stream().anyMatch(v -> v.contains(" winner ")));
  }

  private static JsonObject ocds(byte[] exported) {
    return Json.createReader(new StringReader(new String(exported, StandardCharsets.UTF_8))).readObject();
  }

  /** The fixture's section among the releases of an exported package. */
  private static JsonObject release(JsonObject pkg, Fixture f) {
    return pkg.getJsonArray("releases").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("ocid").endsWith("-" + f.project() + "-BD1")).findFirst().orElseThrow();
  }

  private Map<String, String> prices(TenantId tenant, String project) {
    return bids.section(tenant, new SectionKey(project, "BD1")).stream().collect(Collectors.toMap(
        TenderBid::bidderCode, b -> b.price() + (b.winner() ? " winner" : "") + " " + b.bidderName(),
        (a, b) -> a, TreeMap::new));
  }

  @Test
  void anOcdsPackageOffTheSchemaIsRefusedWholeAndAnOffReleaseAlone() {
    Fixture f = fixture(null);
    allTaken(exchange.importNational(head(ZJJ), json(f.sets()), Format.JSON));
    JsonObject pkg = ocds(exchange.exportOcds(head(ZJJ), from(), to()));
    JsonObject release = release(pkg, f);
    Caller other = head(TenantId.of("421181-nyj"));

    String noPublisher = Json.createObjectBuilder(pkg).remove("publisher").build().toString();
    DomainException e = assertThrows(DomainException.class,
        () -> exchange.importOcds(other, noPublisher.getBytes(StandardCharsets.UTF_8)));
    assertEquals("exchange.ocds.package", e.code());

    JsonObject badTag = Json.createObjectBuilder(release).add("ocid", release.getString("ocid") + "-x")
        .add("tag", Json.createArrayBuilder().add("bidding")).build();
    JsonObject badDate = Json.createObjectBuilder(release).add("ocid", release.getString("ocid") + "-y")
        .add("date", "7 December").build();
    String mixed = Json.createObjectBuilder(pkg).add("releases", Json.createArrayBuilder().add(badTag).add(release)
        .add(badDate)).build().toString();
    ExchangeReport report = exchange.importOcds(other, mixed.getBytes(StandardCharsets.UTF_8));
    accountedFor(report);
    assertEquals(1, report.imported());
    assertEquals("/releases/0/tag/0", report.refused().get(0).item());
    assertEquals("/releases/2/date", report.refused().get(1).item());
    assertEquals(3, bids.section(TenantId.of("421181-nyj"), new SectionKey(f.project(), "BD1")).size());
  }

  @Test
  void onlyHeadsAndTheOfficeExchangeAndAPeriodIsBounded() {
    Caller officer = TestOfficers.signedIn(ZJJ, "xch" + N.incrementAndGet() + "o", "办事员", Role.DEPARTMENT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> exchange.exportNational(officer, from(), to(), Format.JSON));
    assertThrows(AccessDeniedException.class, () -> exchange.importOcds(officer, new byte[] {'{', '}'}));
    DomainException tooLong = assertThrows(DomainException.class,
        () -> exchange.exportNational(head(ZJJ), from(), from().plusDays(400), Format.JSON));
    assertEquals("to", tooLong.field());
    assertThrows(DomainException.class, () -> exchange.exportNational(head(ZJJ), to(), from(), Format.JSON));
  }

  @Test
  void anIdNumberNamingARefusedRecordIsMaskedAndATooLargeRegisterBatchTakesNothing() {
    Caller head = head(ZJJ);
    Fixture f = fixture(null);
    Map<String, List<Map<String, String>>> sets = new LinkedHashMap<>();
    sets.put("SUBJECT", List.of(rec("SUBJECT_ROLE", "3", "SUBJECT_CODE_TYPE", "01", "SUBJECT_CODE",
        "42118119800101001X")));
    Map<String, String> person = new LinkedHashMap<>(f.sets().get("TENDER_LIST").get(0));
    person.put("BIDDER_ORG_CODE", "421181198001010027");
    sets.put("TENDER_LIST", List.of(person));
    sets.put("TENDER_PROJECT", f.sets().get("TENDER_PROJECT"));
    ExchangeReport report = exchange.importNational(head, json(sets), Format.JSON);
    accountedFor(report);
    assertEquals("4211************1X", refusal(report, "SUBJECT", 1).identifier());
    assertEquals("SUBJECT_CODE", refusal(report, "SUBJECT", 1).item(), "its check character is wrong");
    assertEquals(f.project() + "/BD1/4211************27", refusal(report, "TENDER_LIST", 1).identifier());
    assertTrue(report.refused().stream().noneMatch(r -> r.identifier().contains("19800101")));

    Fixture g = fixture(null);
    Map<String, List<Map<String, String>>> big = new LinkedHashMap<>();
    big.put("SUBJECT", g.sets().get("SUBJECT"));
    List<Map<String, String>> projectsRecs = new ArrayList<>();
    for (int i = 0; i <= NationalImport.MAX_REGISTER_RECORDS; i++) {
      projectsRecs.add(g.sets().get("TENDER_PROJECT").get(0));
    }
    big.put("TENDER_PROJECT", projectsRecs);
    assertRefused("exchange.registerTooMany", () -> exchange.importNational(head, json(big), Format.JSON));
    assertTrue(subjects.findByKey(ZJJ.region(), "C:" + g.bidders().get(0)).isEmpty(),
        "the subjects before the register's records were not taken either");
  }

  @Test
  void anOcdsReleaseWithOneBadBidIsRefusedWholeWithThePointerOfTheBid() {
    Fixture f = fixture(null);
    allTaken(exchange.importNational(head(ZJJ), json(f.sets()), Format.JSON));
    JsonObject pkg = ocds(exchange.exportOcds(head(ZJJ), from(), to()));
    JsonObject release = release(pkg, f);
    JsonArray details = release.getJsonObject("bids").getJsonArray("details");
    JsonObject cheap = Json.createObjectBuilder(details.getJsonObject(1)).add("value", Json.createObjectBuilder()
        .add("amount", -5).add("currency", "CNY")).build();
    JsonObject bad = Json.createObjectBuilder(release).add("bids", Json.createObjectBuilder().add("details",
        Json.createArrayBuilder().add(details.getJsonObject(0)).add(cheap).add(details.getJsonObject(2)))).build();
    String one = Json.createObjectBuilder(pkg).add("releases", Json.createArrayBuilder().add(bad)).build().toString();
    TenantId agriculture = TenantId.of("421181-nyj");
    ExchangeReport report = exchange.importOcds(head(agriculture), one.getBytes(StandardCharsets.UTF_8));
    accountedFor(report);
    assertEquals(0, report.imported());
    assertEquals("/releases/0/bids/details/1/value/amount", report.refused().get(0).item());
    assertEquals("rigging.import.price", report.refused().get(0).code());
    assertTrue(bids.section(agriculture, new SectionKey(f.project(), "BD1")).isEmpty(), "no bid of it taken");
  }
}
