package cn.ggzy.server.application.internal;

import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.rigging.PricedBid;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningAssessment;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.BidScreens;
import cn.ggzy.server.domain.service.CollusionPairChecks;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import cn.ggzy.server.domain.service.PricePatterns;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Screens one stored section with the analysis engine (art. 40 pairs, price patterns, screens, the
 * shipped model) and raises or refreshes its warning; the warning's id follows from the section.
 */
@ApplicationScoped
public class SectionScreening {
  private TenderBidRepository bids;
  private WarningRepository warnings;
  private CollusionPairChecks pairs;
  private PricePatterns patterns;
  private BidScreens screens;
  private CollusionRiskModel model;
  private AuditLog audit;

  protected SectionScreening() {}

  @Inject
  public SectionScreening(TenderBidRepository bids, WarningRepository warnings, CollusionPairChecks pairs,
      PricePatterns patterns, BidScreens screens, CollusionRiskModel model, AuditLog audit) {
    this.bids = bids;
    this.warnings = warnings;
    this.pairs = pairs;
    this.patterns = patterns;
    this.screens = screens;
    this.model = model;
    this.audit = audit;
  }

  /** The id of the section's warning when it has one after screening. */
  public Optional<String> screen(TenantId tenant, SectionKey section, String actor, Instant at) {
    List<TenderBid> section1 = bids.section(tenant, section);
    if (section1.isEmpty()) {
      return Optional.empty();
    }
    double[] prices = section1.stream().mapToDouble(TenderBid::price).toArray();
    List<String> bidders = section1.stream().map(TenderBid::bidderCode).toList();
    int winner = -1;
    for (int i = 0; i < section1.size(); i++) {
      if (section1.get(i).winner()) {
        winner = i;
      }
    }
    double probability = section1.size() < 2 ? 0
        : model.scores(List.of(new TenderBids(section.toString(), prices, bidders, winner)))[0];
    Optional<RiggingWarning.Finding> finding = WarningAssessment.assess(section1,
        pairs.matches(section1.stream().map(TenderBid::trace).toList()),
        patterns.find(section1.stream().map(b -> new PricedBid(b.bidderCode(), b.price())).toList()),
        screens.screen(prices), probability);
    String id = RiggingWarning.idOf(tenant, section);
    Optional<RiggingWarning> existing = warnings.find(tenant, id);
    if (finding.isEmpty()) {
      return existing.map(RiggingWarning::id);
    }
    if (existing.isPresent()) {
      RiggingWarning warning = existing.get();
      if (warning.refresh(finding.get(), at)) {
        warnings.store(tenant, warning);
        audit.record(tenant, at, actor, "rigging.warning.REFRESH", id, null, null,
            "score=" + finding.get().score());
      }
      return Optional.of(id);
    }
    RiggingWarning warning = RiggingWarning.raise(tenant, finding.get(), at);
    warnings.store(tenant, warning);
    audit.record(tenant, at, actor, "rigging.warning.RAISE", id, null, null, "score=" + finding.get().score());
    return Optional.of(id);
  }
}
