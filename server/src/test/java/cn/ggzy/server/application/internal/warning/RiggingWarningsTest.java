package cn.ggzy.server.application.internal.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.Query;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Import → screening → warning → review (dismiss or case), through the real wiring and embedded MongoDB. */
class RiggingWarningsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final TenderImports imports = TestContainer.get(TenderImports.class);
  private final RiggingWarnings warnings = TestContainer.get(RiggingWarnings.class);
  private final CaseRegister cases = TestContainer.get(CaseRegister.class);
  private final TenderBidRepository bids = TestContainer.get(TenderBidRepository.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  private Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "rig" + N.incrementAndGet() + "p", "预警" + N.get(), role);
  }

  /** A section of three bidders: the first two share the authoring computer's MAC and bid the same price. */
  private static List<BidRow> riggedSection(String project) {
    int base = N.incrementAndGet() * 10;
    return List.of(
        row(1, project, CreditFixtures.code(base + 1), "甲建设有限公司", "1000000.00", "00:1A:2B:3C:4D:5E", "false"),
        row(2, project, CreditFixtures.code(base + 2), "乙建设有限公司", "1000000.00", "00-1a-2b-3c-4d-5e", "false"),
        row(3, project, CreditFixtures.code(base + 3), "丙建设有限公司", "957300.50", "AA-BB-CC-00-11-22", "true"));
  }

  private static BidRow row(int line, String project, String code, String name, String price, String mac,
      String winner) {
    return new BidRow(line, project, "麻城市某道路工程", "BD1", "一标段", "HOUSING_CONSTRUCTION", code, name, price,
        "2026-03-01T09:30:00+08:00", null, mac, null, null, "10.0.0." + line, null, null, null, null, winner);
  }

  private static String project() {
    return "MC-RIG-" + N.incrementAndGet();
  }

  @Test
  void aSectionWithASharedMacAndIdenticalPricesRaisesAWarningWithEvidenceAndLegalBasis() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    List<BidRow> rows = riggedSection(project);
    ImportReport report = imports.importRows(head, rows);
    assertEquals(3, report.imported());
    assertEquals(0, report.replaced());
    assertTrue(report.rejected().isEmpty());
    assertEquals(1, report.warnings().size());
    Detail w = warnings.find(head, report.warnings().get(0));
    assertEquals(WarningStatus.OPEN.name(), w.status());
    assertEquals(project, w.projectCode());
    assertEquals(3, w.bidders().size());
    String a = rows.get(0).bidderCode();
    String b = rows.get(1).bidderCode();
    assertTrue(w.evidence().stream().anyMatch(e -> e.kind().equals("TRACE") && e.article40Item() == 1
        && e.bidders().containsAll(List.of(a, b)) && e.text().contains("MAC")), w.evidence().toString());
    assertTrue(w.evidence().stream().anyMatch(e -> e.kind().equals("PRICE") && e.article40Item() == 4
        && e.bidders().containsAll(List.of(a, b)) && e.detail().contains("1000000.00")), w.evidence().toString());
    assertFalse(w.evidence().stream().anyMatch(e -> e.kind().equals("TRACE") && e.bidders().contains(
        rows.get(2).bidderCode())), "the third bidder shares nothing");
    assertEquals(List.of(1, 4), w.legalBasis().stream().map(RiggingWarnings.BasisView::item).toList());
    assertTrue(w.legalBasis().get(0).text().contains("第四十条第（一）项"));
    assertTrue(w.legalBasis().get(0).textEn().contains("art. 40 item 1"));
    assertTrue(w.score() >= 75, "two art. 40 items: " + w.score());
  }

  @Test
  void reImportingReplacesBidsAndKeepsOneWarning() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    List<BidRow> rows = riggedSection(project);
    ImportReport first = imports.importRows(head, rows);
    long bidsBefore = bids.count(ZJJ);
    long warningsBefore = warnings.list(head, new Query(null, null, null, 0, 200)).total();
    ImportReport again = imports.importRows(head, rows);
    assertEquals(3, again.replaced());
    assertEquals(bidsBefore, bids.count(ZJJ), "no duplicate bids");
    assertEquals(first.warnings(), again.warnings(), "the same warning id");
    assertEquals(warningsBefore, warnings.list(head, new Query(null, null, null, 0, 200)).total());
    assertEquals(RiggingWarning.idOf(ZJJ, new SectionKey(project, "BD1")), first.warnings().get(0));
    List<BidRow> corrected = new ArrayList<>(rows);
    BidRow r = rows.get(0);
    corrected.set(0, row(1, project, r.bidderCode(), r.bidderName(), "990000.00", "11-22-33-44-55-66", "false"));
    imports.importRows(head, corrected);
    assertEquals(990_000.00, bids.find(ZJJ, project + "/BD1/" + r.bidderCode()).orElseThrow().price(),
        "the new import replaces the old values");
  }

  @Test
  void everyRejectedRowIsReportedWithItsReasonAndTheGoodRowsAreImported() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    List<BidRow> rows = new ArrayList<>(riggedSection(project));
    BidRow good = rows.get(0);
    rows.add(row(4, project, "not-a-code", "丁公司", "1.00", null, "false"));
    rows.add(row(5, project, CreditFixtures.code(N.incrementAndGet() * 10L + 4), "戊公司", "-3", null, "false"));
    rows.add(row(6, project, good.bidderCode(), good.bidderName(), "5.00", null, "false"));
    rows.add(row(7, "", CreditFixtures.code(N.incrementAndGet() * 10L + 5), "己公司", "5.00", null, "false"));
    ImportReport report = imports.importRows(head, rows);
    assertEquals(7, report.received());
    assertEquals(3, report.imported());
    assertEquals(4, report.rejected().size(), "nothing dropped silently");
    assertEquals(report.received(), report.imported() + report.rejected().size());
    TenderImports.RejectedRow bad = report.rejected().get(0);
    assertEquals(4, bad.line());
    assertEquals("rigging.import.creditCode", bad.code());
    assertEquals("bidderCode", bad.field());
    assertTrue(bad.message().contains("统一社会信用代码"));
    assertTrue(bad.messageEn().contains("credit code"));
    assertEquals(List.of("rigging.import.price", "rigging.import.duplicateRow", "rigging.import.required"),
        report.rejected().subList(1, 4).stream().map(TenderImports.RejectedRow::code).toList());
    assertEquals(List.of(5, 6, 7), report.rejected().subList(1, 4).stream().map(TenderImports.RejectedRow::line)
        .toList());
  }

  @Test
  void csvImportReadsTheSameColumnsAndReportsByLine() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    String a = CreditFixtures.code(N.incrementAndGet() * 10L + 1);
    String b = CreditFixtures.code(N.incrementAndGet() * 10L + 2);
    String csv = "projectCode,projectName,sectionCode,industry,bidderCode,bidderName,price,bondAccount,winner\r\n"
        + project + ",\"麻城市某桥梁工程, 二期\",BD2,TRANSPORT," + a + ",\"甲\"\"路桥\"\"公司\",800000,6222-0001 2345,1\r\n"
        + project + ",\"麻城市某桥梁工程, 二期\",BD2,TRANSPORT," + b + ",乙路桥公司,812000.00,622200012345,0\r\n"
        + project + ",x,BD2,TRANSPORT,,无代码公司,1,,0\r\n";
    ImportReport report = imports.importCsv(head, csv);
    assertEquals(2, report.imported());
    assertEquals(1, report.rejected().size());
    assertEquals(3, report.rejected().get(0).line());
    assertEquals("bidderCode", report.rejected().get(0).field());
    var stored = bids.find(ZJJ, project + "/BD2/" + a).orElseThrow();
    assertEquals("麻城市某桥梁工程, 二期", stored.projectName());
    assertEquals("甲\"路桥\"公司", stored.bidderName());
    Detail w = warnings.find(head, report.warnings().get(0));
    assertTrue(w.evidence().stream().anyMatch(e -> e.article40Item() != null && e.article40Item() == 6),
        "the same bond account, however it is written");
    DomainException unknown = assertThrows(DomainException.class,
        () -> imports.importCsv(head, "projectCode,colour\nP,red\n"));
    assertEquals("rigging.import.unknownColumn", unknown.code());
  }

  @Test
  void dismissingNeedsAReasonAndIsAudited() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String id = imports.importRows(head, riggedSection(project())).warnings().get(0);
    DomainException noReason = assertThrows(DomainException.class, () -> warnings.dismiss(head, id, " "));
    assertEquals("rigging.warning.reasonRequired", noReason.code());
    Detail dismissed = warnings.dismiss(head, id, "两家为同一集团下属公司，已书面说明并核实");
    assertEquals(WarningStatus.DISMISSED.name(), dismissed.status());
    assertEquals("两家为同一集团下属公司，已书面说明并核实", dismissed.reason());
    assertEquals(head.login().value(), dismissed.decidedBy());
    assertTrue(audit.recent(ZJJ, 20).stream().anyMatch(e -> e.action().equals("rigging.warning.DISMISS")
        && e.target().equals(id)));
    assertEquals("rigging.warning.notOpen",
        assertThrows(DomainException.class, () -> warnings.openCase(head, id)).code());
    assertTrue(warnings.list(head, new Query(WarningStatus.OPEN, null, null, 0, 200)).items().stream()
        .noneMatch(s -> s.id().equals(id)), "a dismissed warning leaves the open list");
  }

  @Test
  void importWarningCaseEndToEnd() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    List<BidRow> rows = riggedSection(project);
    String id = imports.importRows(head, rows).warnings().get(0);
    Detail opened = warnings.openCase(head, id);
    assertEquals(WarningStatus.CASE_OPENED.name(), opened.status());
    assertNotNull(opened.caseNumber());
    CaseViews.Detail c = cases.find(head, opened.caseId());
    assertEquals(CaseSource.SMART_WARNING, c.source());
    assertEquals("warning:" + id, c.originReference());
    assertEquals(project, c.projectCode());
    assertEquals(ZJJ.value(), c.ownerTenant());
    assertEquals(opened.caseNumber(), c.number());
    assertTrue(c.summary().contains("网卡MAC地址相同") && c.summary().contains("第四十条第（一）项"), c.summary());
    assertTrue(c.respondent().contains(rows.get(0).bidderName()) && c.respondent().contains(rows.get(1).bidderName()));
    assertFalse(c.respondent().contains(rows.get(2).bidderName()), "only the bidders the evidence names");
    imports.importRows(head, rows);
    assertEquals(WarningStatus.CASE_OPENED.name(), warnings.find(head, id).status(),
        "re-import does not reopen a reviewed warning");
  }

  @Test
  void departmentsSeeOnlyTheirOwnWarningsAndTheOfficeSeesTheRegion() {
    Caller zjj = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller jtj = person(JTJ, Role.DEPARTMENT_HEAD);
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    String id = imports.importRows(zjj, riggedSection(project())).warnings().get(0);
    assertThrows(NotFoundException.class, () -> warnings.find(jtj, id));
    assertThrows(NotFoundException.class, () -> warnings.dismiss(jtj, id, "不是我的"));
    assertTrue(warnings.list(jtj, new Query(null, null, null, 0, 200)).items().stream()
        .noneMatch(s -> s.id().equals(id)));
    assertEquals(id, warnings.find(office, id).id());
    assertTrue(all(office, new Query(null, null, "zjj", 0, 200)).contains(id));
    assertFalse(all(office, new Query(null, null, "jtj", 0, 200)).contains(id));
    Detail viaOffice = warnings.openCase(office, id);
    assertEquals(ZJJ.value(), cases.find(zjj, viaOffice.caseId()).ownerTenant(),
        "the office's case goes to the competent department by industry");
    assertEquals(WarningStatus.CASE_OPENED.name(), warnings.find(zjj, id).status());
    assertThrows(AccessDeniedException.class, () -> warnings.list(person(ZJJ, Role.DEPARTMENT_OFFICER),
        new Query(null, null, null, 0, 20)));
    assertThrows(AccessDeniedException.class, () -> imports.importRows(person(ZJJ, Role.DEPARTMENT_OFFICER),
        riggedSection(project())));
  }

  @Test
  void aSectionCanBeScreenedAgainOnDemand() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String project = project();
    String id = imports.importRows(head, riggedSection(project)).warnings().get(0);
    assertEquals(id, imports.screen(head, project, "BD1").orElseThrow());
    assertThrows(NotFoundException.class, () -> imports.screen(head, project, "BD9"));
    assertThrows(NotFoundException.class, () -> imports.screen(person(JTJ, Role.DEPARTMENT_HEAD), project, "BD1"),
        "another department has no such section");
  }

  @Test
  void theMinimumScoreFilters() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    String id = imports.importRows(head, riggedSection(project())).warnings().get(0);
    int score = warnings.find(head, id).score();
    assertTrue(all(head, new Query(null, score, null, 0, 200)).contains(id));
    if (score < 100) {
      assertFalse(all(head, new Query(null, score + 1, null, 0, 200)).contains(id));
    }
  }

  private List<String> all(Caller who, Query q) {
    return warnings.list(who, q).items().stream().map(RiggingWarnings.Summary::id).toList();
  }
}
