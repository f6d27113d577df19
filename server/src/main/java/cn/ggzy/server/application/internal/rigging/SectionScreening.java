package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import cn.ggzy.server.domain.model.rigging.ExpertDeviations;
import cn.ggzy.server.domain.model.rigging.PanelScore;
import cn.ggzy.server.domain.model.rigging.PricedBid;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionText;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.Evidence;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.SectionEvidence;
import cn.ggzy.server.domain.model.warning.WarningAssessment;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.BidScreens;
import cn.ggzy.server.domain.service.CollusionPairChecks;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import cn.ggzy.server.domain.service.DocumentSimilarity;
import cn.ggzy.server.domain.service.PricePatterns;
import cn.ggzy.server.domain.service.SharedErrors;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens one stored section with the analysis engine (art. 40 pairs, price patterns, screens, the
 * shipped model, near-duplicate bid files without the template's text, shared misspellings, experts
 * scoring far from the panel) and raises or refreshes its warning; the warning's id follows from the
 * section.
 */
@ApplicationScoped
public class SectionScreening {
  /** Jaccard similarity of two bid files (template removed) from which they count as abnormally consistent. */
  static final double NEAR_DUPLICATE = 0.5;
  static final int MAX_DEVIATIONS = 10;
  /** How many of the department's bids are read as the model's market history. */
  static final int HISTORY_BIDS = 50_000;
  /** A section of one bid is not scored. */
  static final String NO_MODEL = "none";
  private TenderBidRepository bids;
  private WarningRepository warnings;
  private CollusionPairChecks pairs;
  private PricePatterns patterns;
  private BidScreens screens;
  private CollusionRiskModel model;
  private AuditLog audit;
  private SectionTextRepository texts;
  private EvaluationScoreRepository scores;
  private DocumentSimilarity similarity;
  private SharedErrors sharedErrors;
  private RiggingLearning learning;

  protected SectionScreening() {}

  @Inject
  public SectionScreening(TenderBidRepository bids, WarningRepository warnings, CollusionPairChecks pairs,
      PricePatterns patterns, BidScreens screens, CollusionRiskModel model, AuditLog audit,
      SectionTextRepository texts, EvaluationScoreRepository scores, DocumentSimilarity similarity,
      SharedErrors sharedErrors, RiggingLearning learning) {
    this.learning = learning;
    this.texts = texts;
    this.scores = scores;
    this.similarity = similarity;
    this.sharedErrors = sharedErrors;
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
    return screen(tenant, section, actor, at, history(tenant), learning.scorer(tenant.region()));
  }

  /**
   * Screens the sections of one import, each against the department's history read once: the ids
   * of the warnings they have after screening.
   */
  public List<String> screenAll(TenantId tenant, Collection<SectionKey> sections, String actor, Instant at) {
    List<TenderBids> history = history(tenant);
    Optional<RiggingLearning.Scorer> scorer = learning.scorer(tenant.region());
    List<String> raised = new ArrayList<>();
    for (SectionKey section : sections) {
      screen(tenant, section, actor, at, history, scorer).ifPresent(raised::add);
    }
    return raised;
  }

  /** The department's imported sections, as the model's market history (see {@link Markets#history}). */
  List<TenderBids> history(TenantId tenant) {
    return Markets.history(bids, tenant, HISTORY_BIDS);
  }

  /**
   * Screens the section; its risk comes from the region's model when one is in use ({@code scorer}),
   * else from the screen index against the department's history.
   */
  private Optional<String> screen(TenantId tenant, SectionKey section, String actor, Instant at,
      List<TenderBids> history, Optional<RiggingLearning.Scorer> scorer) {
    List<TenderBid> section1 = bids.section(tenant, section);
    if (section1.isEmpty()) {
      return Optional.empty();
    }
    double[] prices = section1.stream().mapToDouble(TenderBid::price).toArray();
    RiskExplanation risk = section1.size() < 2 ? RiskExplanation.unexplained(NO_MODEL, 0)
        : scorer.flatMap(s -> s.explain(tenant, section)).orElseGet(() ->
            model.explain(List.of(Markets.tenderBids(section.toString(), section1)), history).get(0));
    Optional<RiggingWarning.Finding> finding = WarningAssessment.assess(section1,
        pairs.matches(section1.stream().map(TenderBid::trace).toList()),
        patterns.find(section1.stream().map(b -> new PricedBid(b.bidderCode(), b.price())).toList()),
        sectionEvidence(tenant, section, section1), screens.screen(prices), risk);
    String id = RiggingWarning.idOf(tenant, section);
    Optional<RiggingWarning> existing = warnings.find(tenant, id);
    if (finding.isEmpty() && existing.isEmpty()) {
      return Optional.empty();
    }
    if (finding.isEmpty()) {
      // the evidence is gone (e.g. a template imported later explains the files' likeness): an open
      // warning shows what is left; a reviewed one keeps what the officer decided on
      finding = Optional.of(WarningAssessment.nothingLeft(section1, screens.screen(prices), risk));
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

  /** Evidence from the bid files (only of bidders with a bid in the section) and from the experts' scores. */
  private List<Evidence> sectionEvidence(TenantId tenant, SectionKey section, List<TenderBid> sectionBids) {
    Set<String> bidders = sectionBids.stream().map(TenderBid::bidderCode).collect(Collectors.toSet());
    List<SectionText> files = texts.bids(tenant, section).stream().filter(t -> bidders.contains(t.bidderCode()))
        .toList();
    List<Evidence> evidence = new ArrayList<>();
    if (files.size() >= 2) {
      String template = texts.template(tenant, section).map(SectionText::text).orElse("");
      List<BidDocument> documents = files.stream().map(t -> new BidDocument(t.bidderCode(), t.text())).toList();
      Map<String, String> byBidder = files.stream().collect(Collectors.toMap(SectionText::bidderCode,
          SectionText::text));
      List<DocumentMatch> matches = similarity.nearDuplicates(template, documents, NEAR_DUPLICATE);
      Set<String> copied = new HashSet<>();
      for (DocumentMatch m : matches) {
        evidence.add(SectionEvidence.nearDuplicate(m, byBidder, template));
        copied.add(m.bidderA() + "," + m.bidderB());
        copied.add(m.bidderB() + "," + m.bidderA());
      }
      evidence.addAll(SectionEvidence.sharedErrors(sharedErrors.find(template, documents).stream()
          .filter(e -> !copied.contains(e.bidderA() + "," + e.bidderB())).toList()));
    }
    List<PanelScore> panel = scores.section(tenant, section).stream().filter(s -> bidders.contains(s.bidderCode()))
        .map(s -> new PanelScore(s.expertId(), s.bidderCode(), s.item(), s.score())).toList();
    ExpertDeviations.find(panel).stream().limit(MAX_DEVIATIONS).map(SectionEvidence::expertDeviation)
        .forEach(evidence::add);
    return evidence;
  }
}
