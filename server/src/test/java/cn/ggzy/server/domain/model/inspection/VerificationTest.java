package cn.ggzy.server.domain.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Anyone rerunning a published draw gets exactly its result; any change to what was published is caught. */
class VerificationTest {
  private final DrawDocument document = Documents.document(
      Documents.plan(new Selection(Selection.Mode.PROPORTION, 40), 2, true, 6), Documents.objects(10),
      Documents.inspectors(4, 3), List.of(new Pair("Z01", "MC2026-003")),
      List.of(new Visit("J02", "MC2026-004", LocalDate.of(2026, 9, 1))));
  private final byte[] seed = Documents.seed(42);
  private final DrawResult result = RandomDraw.run(document, seed, "2026-11-27 监督人 王某 8841");

  private PublishedDraw published() {
    return new PublishedDraw(document.canonicalJson(), document.hash(), HexFormat.of().formatHex(seed),
        Hashes.sha256(seed), "2026-11-27 监督人 王某 8841", result.canonicalJson());
  }

  @Test
  void thePublishedDataRecomputesExactly() {
    DrawReport report = Verification.verify(published());
    assertTrue(report.verified(), report.toString());
    assertEquals(Verification.CHECKS, report.checks().stream().map(DrawCheck::name).toList());
    DrawCheck rules = report.checks().get(3);
    assertEquals("inspection.verify.found.teams", rules.finding());
    String teams = String.valueOf(result.teams().size());
    assertEquals(List.of(teams), rules.arguments());
    assertEquals("共核对 " + teams + " 个检查组",
        Messages.format(rules.finding(), Messages.CHINESE,
            rules.arguments()));
  }

  @Test
  void whatWasFoundReadsInEachLanguageWithoutRawCodesOrEnglishPlurals() {
    Locale en = Locale.ENGLISH;
    assertEquals("1 team checked", Messages.format("inspection.verify.found.teams", en,
        List.of("1")));
    assertEquals("3 teams checked", Messages.format("inspection.verify.found.teams", en,
        List.of("3")));
    assertEquals("The team of object 20261234 does not have the plan's size or repeats a member",
        Messages.format("inspection.verify.found.teamSize", en, List.of("20261234")));
    DrawReport broken = Verification.verify(new PublishedDraw("{", "", "zz", "", null, "{"));
    for (DrawCheck check : broken.checks()) {
      for (Locale locale : List.of(Messages.CHINESE, en)) {
        String text = Messages.format(check.finding(), locale, check.arguments());
        assertFalse(text.startsWith("inspection."), check + " reads as a raw code: " + text);
      }
    }
  }

  @Test
  void theCanonicalDocumentIsSortedCompactJsonAndReadsBackToItself() {
    String json = document.canonicalJson();
    assertTrue(json.startsWith("{\"conflicts\":[{\"inspector\":\"Z01\",\"object\":\"MC2026-003\"}],"
        + "\"format\":\"ggzy-random-inspection/1\",\"history\":"), json);
    assertFalse(json.contains(" :") || json.contains(", "), "no whitespace between tokens");
    assertEquals(json, DrawDocument.parse(json).canonicalJson());
    assertEquals(result, DrawResult.parse(result.canonicalJson()));
  }

  @Test
  void aTamperedRosterFailsTheCommitment() {
    PublishedDraw honest = published();
    String tampered = honest.document().replace("\"name\":\"交通检查员1\"", "\"name\":\"交通检查员9\"");
    assertTrue(!tampered.equals(honest.document()));
    DrawReport report = Verification.verify(new PublishedDraw(tampered, honest.commitment(), honest.seed(),
        honest.seedHash(), honest.witnessValue(), honest.result()));
    assertFalse(report.verified());
    assertFalse(report.checks().get(0).passed(), "the document no longer hashes to the commitment");
  }

  @Test
  void aRemovedInspectorFailsTheCommitmentAndTheRecomputation() {
    PublishedDraw honest = published();
    List<DrawDocument.InspectorEntry> fewer = new ArrayList<>(document.inspectors());
    fewer.removeIf(i -> i.id().equals(result.teams().get(0).inspectors().get(0)));
    DrawDocument smaller = new DrawDocument(document.plan(), document.objects(), fewer, document.conflicts(),
        document.history());
    DrawReport report = Verification.verify(new PublishedDraw(smaller.canonicalJson(), honest.commitment(), honest.seed(),
        honest.seedHash(), honest.witnessValue(), honest.result()));
    assertFalse(report.checks().get(0).passed());
    assertFalse(report.checks().get(2).passed(), "another roster gives another draw");
  }

  @Test
  void aChangedTeamAnotherSeedOrAnotherWitnessValueIsCaught() {
    PublishedDraw honest = published();
    DrawResult.Team first = result.teams().get(0);
    String swapped = result.canonicalJson().replaceFirst("\"inspectors\":\\[\"" + first.inspectors().get(0) + "\"",
        "\"inspectors\":[\"" + (first.inspectors().get(0).equals("Z02") ? "Z04" : "Z02") + "\"");
    assertFalse(Verification.verify(new PublishedDraw(honest.document(), honest.commitment(), honest.seed(),
        honest.seedHash(), honest.witnessValue(), swapped)).checks().get(2).passed());
    String otherSeed = HexFormat.of().formatHex(Documents.seed(43));
    DrawReport seedReport = Verification.verify(new PublishedDraw(honest.document(), honest.commitment(), otherSeed,
        honest.seedHash(), honest.witnessValue(), honest.result()));
    assertFalse(seedReport.checks().get(1).passed());
    assertFalse(seedReport.checks().get(2).passed());
    DrawReport witness = Verification.verify(new PublishedDraw(honest.document(), honest.commitment(), honest.seed(),
        honest.seedHash(), "2026-11-27 监督人 王某 8842", honest.result()));
    assertTrue(witness.checks().get(0).passed() && witness.checks().get(1).passed());
    assertFalse(witness.checks().get(2).passed());
  }

  @Test
  void aTeamBreakingTheRulesFailsTheRuleCheckEvenWhenItWasPublished() {
    DrawResult forged = new DrawResult(List.of(new DrawResult.Team("MC2026-003", List.of("Z01", "J01"))));
    assertFalse(Verification.rules(document, forged).passed(), "Z01 is recused from MC2026-003");
    DrawResult oneDepartment = new DrawResult(List.of(new DrawResult.Team("MC2026-001", List.of("Z01", "Z02"))));
    assertFalse(Verification.rules(document, oneDepartment).passed(), "a joint team of 住建 only");
    DrawResult recent = new DrawResult(List.of(new DrawResult.Team("MC2026-004", List.of("J02", "Z02"))));
    assertFalse(Verification.rules(document, recent).passed(), "J02 inspected MC2026-004 within 6 months");
  }

  @Test
  void garbageIsReportedNotThrown() {
    DrawReport report = Verification.verify(new PublishedDraw("{not json", "00", "zz", "00", "w", "[]"));
    assertFalse(report.verified());
    assertEquals(4, report.checks().size());
  }
}
