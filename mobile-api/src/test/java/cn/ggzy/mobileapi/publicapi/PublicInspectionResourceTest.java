package cn.ggzy.mobileapi.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.publicapi.PublicInspectionResource.VerificationRequest;
import cn.ggzy.mobileapi.publicapi.PublicInspectionResource.VerificationView;
import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.server.domain.model.inspection.DrawDocument;
import cn.ggzy.server.domain.model.inspection.DrawResult;
import cn.ggzy.server.domain.model.inspection.RandomDraw;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.domain.model.inspection.Verification;
import cn.ggzy.tenants.RegionCode;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public verification answers in both languages and refuses unknown regions and undrawn plans. */
class PublicInspectionResourceTest {
  private final PublicInspectionResource resource = new PublicInspectionResource();
  private final DrawDocument document = new DrawDocument(new DrawDocument.Plan("p1", "421181", "421181-jgb", "抽查",
      LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), List.of("421181-zjj"),
      List.of("PROJECT"), new Selection(Selection.Mode.COUNT, 1), 1, 1, 2, false, 0),
      List.of(new DrawDocument.ObjectEntry("P1", "PROJECT", "工程一", "421181-zjj", "", 1),
          new DrawDocument.ObjectEntry("P2", "PROJECT", "工程二", "421181-zjj", "", 1)),
      List.of(new DrawDocument.InspectorEntry("C1", "甲", "421181-zjj", LocalDate.of(2027, 1, 1)),
          new DrawDocument.InspectorEntry("C2", "乙", "421181-zjj", LocalDate.of(2027, 1, 1)),
          new DrawDocument.InspectorEntry("C3", "丙", "421181-zjj", LocalDate.of(2027, 1, 1))), List.of(), List.of());
  private final byte[] seed = new byte[32];
  private final DrawResult result = RandomDraw.run(document, seed, "监督人 123");

  PublicInspectionResourceTest() {
    resource.directory = new PublicCalendarResourceTest.OnlyMacheng();
    resource.inspections = new PublicInspections() {
      @Override
      public List<PublicPlanSummary> plans(RegionCode region, int offset, int limit) {
        return List.of();
      }

      @Override
      public PublicPlan plan(RegionCode region, String planId) {
        return new PublicPlan(planId, region.value(), "抽查", "监管办", "COMMITTED", List.of(), List.of(), "COUNT", 1,
            null, null, 1, 1, 2, false, 0, null, null, List.of());
      }

      @Override
      public DrawReport verify(RegionCode region, String planId) {
        throw new NotFoundException("planId");
      }

      @Override
      public DrawReport verify(PublishedDraw published) {
        return Verification.verify(published);
      }
    };
  }

  private VerificationRequest honest() {
    return new VerificationRequest(document.canonicalJson(), document.hash(), HexFormat.of().formatHex(seed),
        Hashes.sha256(seed), "监督人 123", result.canonicalJson());
  }

  @Test
  void publishedDataVerifiesAndEachCheckSaysWhatItChecked() {
    VerificationView view = resource.verify(honest());
    assertTrue(view.verified());
    assertEquals(List.of("commitment", "seed", "recomputed", "rules"), view.checks().stream().map(c -> c.name()).toList());
    assertTrue(view.checks().get(0).text().contains("SHA-256"));
    assertTrue(view.checks().get(2).textEn().startsWith("Drawing again"));
  }

  @Test
  void aTamperedRosterIsCaught() {
    VerificationRequest h = honest();
    VerificationView view = resource.verify(new VerificationRequest(h.document().replace("丙", "丁"), h.commitment(),
        h.seed(), h.seedHash(), h.witnessValue(), h.result()));
    assertFalse(view.verified());
    assertFalse(view.checks().get(0).passed());
  }

  @Test
  void anUnknownRegionAndAnUndrawnPlanAreRefused() {
    assertEquals("region.unknown", assertThrows(DomainException.class, () -> resource.plans("999999", 0, 20)).code());
    assertThrows(NotFoundException.class, () -> resource.draw("421181", "p1"));
  }
}
