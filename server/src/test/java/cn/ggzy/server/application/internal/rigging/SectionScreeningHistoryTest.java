package cn.ggzy.server.application.internal.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.BidScreens;
import cn.ggzy.server.domain.service.CollusionPairChecks;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import cn.ggzy.server.domain.service.DocumentSimilarity;
import cn.ggzy.server.domain.service.PricePatterns;
import cn.ggzy.server.domain.service.SharedErrors;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live screening scores a section against the department's own imported sections (the city's
 * market), read once per import: every section of two or more bids is in that history, a section of
 * one bid is not, and another department's sections never are.
 */
class SectionScreeningHistoryTest {
  private static final TenantId SLJ = TenantId.of("421181-slj");
  private static final TenantId NYJ = TenantId.of("421181-nyj");
  private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
  private final TenderBidRepository bids = TestContainer.get(TenderBidRepository.class);

  /** The model as the screening calls it: what history it was given, and how often. */
  private static final class RecordingModel implements CollusionRiskModel {
    final List<List<TenderBids>> histories = new ArrayList<>();

    @Override
    public double[] scores(List<TenderBids> market) {
      return new double[market.size()];
    }

    @Override
    public double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
      histories.add(history);
      return scores(tenders);
    }
  }

  private SectionScreening screening(CollusionRiskModel model) {
    return new SectionScreening(bids, TestContainer.get(WarningRepository.class),
        TestContainer.get(CollusionPairChecks.class), TestContainer.get(PricePatterns.class),
        TestContainer.get(BidScreens.class), model, TestContainer.get(AuditLog.class),
        TestContainer.get(SectionTextRepository.class), TestContainer.get(EvaluationScoreRepository.class),
        TestContainer.get(DocumentSimilarity.class), TestContainer.get(SharedErrors.class),
        TestContainer.get(RiggingLearning.class));
  }

  private SectionKey section(TenantId tenant, int bidders) {
    String project = "HIST-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < bidders; i++) {
      String bidder = "91421181MA4HIST" + i + "X";
      bids.store(tenant, new TenderBid(tenant, project, "水利工程", "BD1", "一标段", Industry.WATER_CONSERVANCY, bidder,
          "投标人" + i, 1_000_000 + 7_000 * i, AT, new BidFileTrace(bidder, "M" + project + i, null, null, null, null,
          null, null, null, null), i == 0, AT));
    }
    return new SectionKey(project, "BD1");
  }

  @Test
  void theSectionsOfOneImportAreScoredAgainstTheDepartmentsOwnHistoryReadOnce() {
    SectionKey a = section(SLJ, 3);
    SectionKey b = section(SLJ, 4);
    SectionKey single = section(SLJ, 1);
    SectionKey elsewhere = section(NYJ, 3);
    RecordingModel model = new RecordingModel();

    screening(model).screenAll(SLJ, List.of(a, b), "slj.head", AT);

    assertEquals(2, model.histories.size(), "one score per section of two or more bids");
    List<TenderBids> history = model.histories.get(0);
    assertTrue(history == model.histories.get(1), "the history is read once for the import");
    List<String> tenders = history.stream().map(TenderBids::tender).toList();
    assertTrue(tenders.contains(a.toString()) && tenders.contains(b.toString()));
    assertFalse(tenders.contains(single.toString()), "a section of one bid is no market figure");
    assertFalse(tenders.contains(elsewhere.toString()), "another department's sections are not this market");
    TenderBids ofB = history.get(tenders.indexOf(b.toString()));
    assertEquals(4, ofB.prices().length);
    assertEquals(0, ofB.winner());
  }
}
