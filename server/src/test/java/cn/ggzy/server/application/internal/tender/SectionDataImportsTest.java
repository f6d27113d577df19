package cn.ggzy.server.application.internal.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.EvidenceView;
import cn.ggzy.server.application.RiggingWarnings.PassageView;
import cn.ggzy.server.application.SectionDataImports;
import cn.ggzy.server.application.SectionDataImports.DataReport;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.RejectedRow;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.rigging.BidTexts;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.domain.model.tender.DocumentRow;
import cn.ggzy.server.domain.model.tender.ScoreRow;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.SectionTexts;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bid-file texts, the tender's template and the experts' scores through the real wiring: import
 * (idempotent, every refused row reported) → screening → warning evidence with passages and basis.
 */
class SectionDataImportsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final String TEMPLATE = BidTexts.TEMPLATE;

  private final TenderImports imports = TestContainer.get(TenderImports.class);
  private final SectionDataImports data = TestContainer.get(SectionDataImports.class);
  private final RiggingWarnings warnings = TestContainer.get(RiggingWarnings.class);
  private final SectionTextRepository texts = TestContainer.get(SectionTextRepository.class);

  private Caller head() {
    return TestOfficers.signedIn(ZJJ, "doc" + N.incrementAndGet() + "p", "文本" + N.get(), Role.DEPARTMENT_HEAD);
  }

  /** A section of three bidders with nothing suspicious in their bids: its codes A, B, C. */
  private List<String> cleanSection(Caller head, String project) {
    int base = 500_000 + N.incrementAndGet() * 10;
    List<String> codes = List.of(CreditFixtures.code(base + 1), CreditFixtures.code(base + 2),
        CreditFixtures.code(base + 3));
    String[] prices = {"1000000.00", "1043700.00", "1128500.00"};
    List<BidRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(new BidRow(i + 1, project, "麻城市某学校工程", "BD1", "一标段", "HOUSING_CONSTRUCTION", codes.get(i),
          "投标人" + i, prices[i], "2026-03-01T09:3" + i + ":00+08:00", "M" + i, null, null, null, "10.0.1." + i, null,
          null, null, null, i == 0 ? "true" : "false"));
    }
    assertTrue(imports.importRows(head, rows).warnings().isEmpty(), "the bids alone raise no warning");
    return codes;
  }

  private static String project() {
    return "MC-DOC-" + N.incrementAndGet();
  }

  private static List<DocumentRow> documents(String project, List<String> codes, String... bodies) {
    List<DocumentRow> rows = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      rows.add(new DocumentRow(i + 1, project, "BD1", codes.get(i), bodies[i]));
    }
    return rows;
  }

  private static String prose(long seed) {
    return BidTexts.prose(seed, 30);
  }

  @Test
  void filesCopiedFromOneAnotherRaiseAWarningWithTheSharedPassages() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    data.importTemplates(head, List.of(new DocumentRow(1, project, "BD1", null, TEMPLATE)));
    String copied = prose(11);
    String a = TEMPLATE + copied;
    String b = TEMPLATE + copied.replace("工程", "项目") + "本公司承诺按期完工。";
    DataReport report = data.importDocuments(head, documents(project, codes, a, b, TEMPLATE + prose(12)));
    assertEquals(3, report.imported());
    assertEquals(List.of(project + "/BD1"), report.sections());
    assertEquals(1, report.warnings().size(), "the copied files raise the section's warning");
    Detail w = warnings.find(head, report.warnings().get(0));
    EvidenceView e = w.evidence().stream().filter(x -> x.kind().equals("DOCUMENT")).findFirst().orElseThrow();
    assertEquals(4, e.article40Item());
    assertEquals(List.of(codes.get(0), codes.get(1)), e.bidders());
    assertTrue(e.text().contains("异常一致") && e.textEn().contains("consistent"));
    assertTrue(e.detail().startsWith("Jaccard="), e.detail());
    assertFalse(e.passages().isEmpty(), "the shared passages are shown");
    for (PassageView p : e.passages()) {
      String excerpt = p.text().replace("…", "");
      assertTrue(a.startsWith(excerpt, p.offsetA()) && b.startsWith(excerpt, p.offsetB()), p.toString());
      assertFalse(TEMPLATE.contains(excerpt), "template text is no evidence");
    }
    assertTrue(w.legalBasis().stream().anyMatch(x -> x.item() == 4 && x.text().contains("第四十条第（四）项")));
    assertTrue(w.score() >= 30, "art. 40 item 4 weighs 30: " + w.score());
    assertEquals(w.id(), imports.screen(head, project, "BD1").orElseThrow());
    assertTrue(warnings.find(head, w.id()).evidence().stream().anyMatch(x -> x.kind().equals("DOCUMENT")),
        "screening the bids again keeps the documents' evidence");
  }

  @Test
  void filesThatOnlyCopyTheTemplateRaiseNoWarning() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    data.importTemplates(head, List.of(new DocumentRow(1, project, "BD1", null, TEMPLATE + prose(20))));
    String tpl = TEMPLATE + prose(20);
    DataReport report = data.importDocuments(head, documents(project, codes, tpl + prose(21), prose(22) + tpl,
        tpl + prose(23)));
    assertEquals(3, report.imported());
    assertTrue(report.warnings().isEmpty(), "copying the tender's own document is not collusion");
  }

  @Test
  void aTemplateImportedLaterTakesTheEvidenceItExplainsOutOfTheOpenWarning() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    String tpl = TEMPLATE + prose(40);
    DataReport before = data.importDocuments(head, documents(project, codes, tpl + "本公司报价已含全部税费。",
        "我方承诺工程质量一次验收合格。" + tpl, tpl + prose(43)));
    assertEquals(1, before.warnings().size(), "without the template, the shared text looks copied");
    String id = before.warnings().get(0);
    assertTrue(warnings.find(head, id).evidence().stream().anyMatch(x -> x.kind().equals("DOCUMENT")));

    data.importTemplates(head, List.of(new DocumentRow(1, project, "BD1", null, tpl)));

    Detail after = warnings.find(head, id);
    assertTrue(after.evidence().stream().noneMatch(x -> x.kind().equals("DOCUMENT")),
        "the template explains the likeness: no officer reviews evidence that is gone");
    assertTrue(after.evidence().stream().allMatch(x -> x.kind().equals("MODEL")), after.evidence().toString());
    assertEquals(Math.round(after.probability() * 100), after.score(), "the score is the model's alone now");
    assertTrue(after.legalBasis().stream().noneMatch(x -> x.item() == 4), "no art. 40 item (四) any more");
    assertEquals("OPEN", after.status(), "still for an officer to close");
  }

  @Test
  void aSharedMisspellingIsEvidenceWithItsPlaceInBothFiles() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    data.importTemplates(head, List.of(new DocumentRow(1, project, "BD1", null, TEMPLATE)));
    String typo = TEMPLATE.replace("混凝土", "混凝士");
    String a = prose(31) + typo;
    String b = typo + prose(32);
    DataReport report = data.importDocuments(head, documents(project, codes, a, b, prose(33) + TEMPLATE));
    Detail w = warnings.find(head, report.warnings().get(0));
    EvidenceView e = w.evidence().stream().filter(x -> x.kind().equals("DOCUMENT")).findFirst().orElseThrow();
    assertEquals(List.of(codes.get(0), codes.get(1)), e.bidders());
    assertTrue(e.text().contains("错别字"), e.text());
    assertTrue(e.detail().contains("混凝士") && e.detail().contains("混凝土"), e.detail());
    PassageView p = e.passages().get(0);
    assertTrue(a.startsWith(p.text(), p.offsetA()) && b.startsWith(p.text(), p.offsetB()), p.toString());
  }

  @Test
  void anExpertPushingOneBidderUpIsEvidenceUnderArticle49() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    List<ScoreRow> rows = new ArrayList<>();
    double[][] scores = {{80, 81, 79, 80, 95}, {85, 86, 84, 85, 84}, {70, 72, 71, 69, 70}};
    for (int bidder = 0; bidder < 3; bidder++) {
      for (int expert = 0; expert < 5; expert++) {
        rows.add(new ScoreRow(rows.size() + 1, project, "BD1", "E" + (expert + 1), codes.get(bidder),
            String.valueOf(scores[bidder][expert]), null));
      }
    }
    DataReport report = data.importScores(head, rows);
    assertEquals(15, report.imported());
    Detail w = warnings.find(head, report.warnings().get(0));
    EvidenceView e = w.evidence().stream().filter(x -> x.kind().equals("EVALUATION")).findFirst().orElseThrow();
    assertEquals(List.of(codes.get(0)), e.bidders());
    assertTrue(e.detail().contains("expert=E5") && e.detail().contains("median=80"), e.detail());
    assertTrue(w.legalBasis().stream().anyMatch(x -> x.article() == 49 && x.text().contains("第四十九条")
        && x.textEn().contains("art. 49")));
    assertEquals(Math.max(25, Math.round(w.probability() * 100)), w.score(),
        "the evaluation weight or the model's probability, whichever is higher, as for art. 40 items");

    String calm = project();
    List<String> calmCodes = cleanSection(head, calm);
    List<ScoreRow> normal = new ArrayList<>();
    double[] spread = {80, 84, 76, 82, 78};
    for (int expert = 0; expert < 5; expert++) {
      normal.add(new ScoreRow(expert + 1, calm, "BD1", "E" + (expert + 1), calmCodes.get(0),
          String.valueOf(spread[expert]), "技术标"));
    }
    assertTrue(data.importScores(head, normal).warnings().isEmpty(), "ordinary disagreement is no evidence");
  }

  @Test
  void reImportIsIdempotentAndEveryRefusedRowIsReported() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    List<DocumentRow> rows = documents(project, codes, prose(41), prose(42), prose(43));
    assertEquals(3, data.importDocuments(head, rows).imported());
    DataReport again = data.importDocuments(head, rows);
    assertEquals(3, again.unchanged());
    assertEquals(0, again.replaced());
    List<DocumentRow> changed = new ArrayList<>(rows);
    changed.set(0, new DocumentRow(1, project, "BD1", codes.get(0).toLowerCase(), prose(44)));
    DataReport third = data.importDocuments(head, changed);
    assertEquals(1, third.replaced());
    assertEquals(2, third.unchanged());
    assertEquals(prose(44), texts.bids(ZJJ, new SectionKey(project, "BD1")).get(0).text(), "the new text replaces");
    assertEquals(3, texts.bids(ZJJ, new SectionKey(project, "BD1")).size(), "no duplicates");

    List<DocumentRow> bad = List.of(
        new DocumentRow(1, project, "BD1", codes.get(2), prose(45)),
        new DocumentRow(2, project, "BD1", "not-a-code", prose(46)),
        new DocumentRow(3, project, "BD1", codes.get(1), "x".repeat(SectionTexts.MAX_CHARS + 1)),
        new DocumentRow(4, project, "BD1", codes.get(0), " "),
        new DocumentRow(5, project, "BD1", codes.get(2), prose(47)),
        new DocumentRow(6, "", "BD1", codes.get(0), prose(48)));
    DataReport report = data.importDocuments(head, bad);
    assertEquals(6, report.received());
    assertEquals(1, report.imported());
    assertEquals(List.of("rigging.import.creditCode", "rigging.import.textTooLong", "rigging.import.required",
        "rigging.import.duplicateRow", "rigging.import.required"), report.rejected().stream().map(RejectedRow::code)
        .toList());
    assertEquals(List.of(2, 3, 4, 5, 6), report.rejected().stream().map(RejectedRow::line).toList());
    assertEquals(List.of("bidderCode", "text", "text", "bidderCode", "projectCode"), report.rejected().stream()
        .map(RejectedRow::field).toList());
    RejectedRow tooLong = report.rejected().get(1);
    assertTrue(tooLong.message().contains("500000") && tooLong.messageEn().contains("500,000"));

    String big = "字".repeat(SectionTexts.MAX_CHARS);
    List<DocumentRow> huge = new ArrayList<>();
    for (int i = 0; i <= DefaultSectionDataImports.MAX_TOTAL_CHARS / SectionTexts.MAX_CHARS; i++) {
      huge.add(new DocumentRow(i + 1, project, "BD1", codes.get(0), big));
    }
    assertEquals("rigging.import.tooLarge", assertThrows(DomainException.class,
        () -> data.importDocuments(head, huge)).code(), "refused as a whole, before anything is stored");

    DataReport scores = data.importScoresCsv(head, "projectCode,sectionCode,expertId,bidderCode,score,item\n"
        + project + ",BD1,E1," + codes.get(0) + ",88.5,技术标\n"
        + project + ",BD1,E1," + codes.get(0) + ",-1,商务标\n"
        + project + ",BD1,E2," + codes.get(0) + ",abc,\n");
    assertEquals(1, scores.imported());
    assertEquals(List.of(2, 3), scores.rejected().stream().map(RejectedRow::line).toList());
    assertTrue(scores.rejected().stream().allMatch(r -> r.code().equals("rigging.import.score")
        && r.field().equals("score")));
    assertEquals(1, data.importScoresCsv(head, "projectCode,sectionCode,expertId,bidderCode,score,item\n"
        + project + ",BD1,E1," + codes.get(0) + ",88.50,技术标\n").unchanged());
  }

  @Test
  void csvCarriesMultiLineTextsAndTemplates() {
    Caller head = head();
    String project = project();
    List<String> codes = cleanSection(head, project);
    String text = "第一章 概述\n本工程为\"麻城市某学校\"新建项目，施工组织设计如下，\n包括进度、质量与安全。";
    DataReport report = data.importDocumentsCsv(head, "bidderCode,projectCode,sectionCode,text\r\n" + codes.get(0)
        + "," + project + ",BD1,\"" + text.replace("\"", "\"\"") + "\"\r\n");
    assertEquals(1, report.imported(), report.rejected().toString());
    assertEquals(text, texts.bids(ZJJ, new SectionKey(project, "BD1")).get(0).text());
    assertEquals(1, data.importTemplatesCsv(head, "projectCode,sectionCode,text\n" + project + ",BD1,\""
        + TEMPLATE + "\"\n").imported());
    assertEquals(TEMPLATE, texts.template(ZJJ, new SectionKey(project, "BD1")).orElseThrow().text());
    assertThrows(AccessDeniedException.class, () -> data.importDocuments(personWithout(), documents(project, codes,
        prose(1))));
  }

  private Caller personWithout() {
    return TestOfficers.signedIn(ZJJ, "doc" + N.incrementAndGet() + "o", "文本" + N.get(), Role.DEPARTMENT_OFFICER);
  }
}
