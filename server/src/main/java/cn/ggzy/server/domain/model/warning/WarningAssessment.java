package cn.ggzy.server.domain.model.warning;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.PairMatch;
import cn.ggzy.server.domain.model.rigging.PricePattern;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.domain.model.tender.TenderBid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the engine found in one section into a warning's finding. The risk score (0–100) is
 * explainable: each art. 40 item found adds its weight (items 1 and 6 weigh most: they are the
 * strongest proof of one hand behind several bids), and the risk model's score (the screen index,
 * or the region's model) counts when it is higher. An expert scoring a bidder far from the panel
 * (evaluation evidence, 条例 art. 49) adds {@link #EVALUATION_WEIGHT}. Without such evidence, only a
 * risk score of at least {@link #MODEL_ALONE} raises a warning: art. 40 evidence is proof, the score
 * only ranks.
 */
public final class WarningAssessment {
  public static final double MODEL_ALONE = 0.8;
  public static final int EVALUATION_WEIGHT = 25;
  private static final Map<Art40Item, Integer> WEIGHTS = new EnumMap<>(Map.of(
      Art40Item.SAME_PREPARER, 45, Art40Item.SAME_BOND_ACCOUNT, 45, Art40Item.SAME_AGENT, 35,
      Art40Item.SAME_PROJECT_MEMBER, 35, Art40Item.ABNORMALLY_CONSISTENT, 30, Art40Item.FILES_MIXED_UP, 40));

  private WarningAssessment() {}

  /**
   * The finding of a section, with the evidence from the bid files and the experts' scores ({@link SectionEvidence}):
   * document evidence counts as art. 40 item 4, evaluation evidence adds its own weight once.
   */
  public static Optional<RiggingWarning.Finding> assess(List<TenderBid> bids, List<PairMatch> pairs,
      List<PricePattern> patterns, List<Evidence> sectionEvidence, TenderScreens screens, RiskExplanation risk) {
    double probability = risk.score();
    if (bids.isEmpty()) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (PairMatch m : pairs) {
      evidence.add(new Evidence(Evidence.Kind.TRACE, m.item(), "rigging.field." + m.field().name(),
          List.of(m.bidderA(), m.bidderB()), m.sharedValue()));
    }
    for (PricePattern p : patterns) {
      evidence.add(new Evidence(Evidence.Kind.PRICE, p.item(), "rigging.pattern." + p.kind().name(), p.bidders(),
          p.prices().stream().map(WarningAssessment::yuan).collect(Collectors.joining(" / "))));
    }
    evidence.addAll(sectionEvidence);
    int items = evidence.stream().map(Evidence::item).filter(Objects::nonNull).distinct()
        .mapToInt(WEIGHTS::get).sum()
        + (evidence.stream().anyMatch(e -> e.kind() == Evidence.Kind.EVALUATION) ? EVALUATION_WEIGHT : 0);
    boolean modelAlone = evidence.isEmpty();
    if (modelAlone && probability < MODEL_ALONE) {
      return Optional.empty();
    }
    return Optional.of(finding(bids, evidence, items, screens, risk));
  }

  /**
   * What a section shows when screening finds nothing to warn of (e.g. the tender's template,
   * imported later, explains the files' likeness): only the model's line, scored by its
   * probability. An open warning takes it, so that no officer reviews evidence that is gone.
   */
  public static RiggingWarning.Finding nothingLeft(List<TenderBid> bids, TenderScreens screens, RiskExplanation risk) {
    if (bids.isEmpty()) {
      throw new IllegalArgumentException("a section needs bids");
    }
    return finding(bids, new ArrayList<>(), 0, screens, risk);
  }

  private static RiggingWarning.Finding finding(List<TenderBid> bids, List<Evidence> evidence, int items,
      TenderScreens screens, RiskExplanation risk) {
    double probability = risk.score();
    evidence.add(new Evidence(Evidence.Kind.MODEL, null, "rigging.evidence.model", List.of(),
        String.format(Locale.ROOT, "%s=%.2f; CV=%.4f; SPD=%.4f; DIFFP=%.4f; RD=%.2f; n=%d", risk.model(), probability,
            screens.coefficientOfVariation(), screens.spread(), screens.differenceOfLowestTwo(),
            screens.relativeDistance(), screens.bids())));
    int score = Math.min(100, Math.max(items, (int) Math.round(probability * 100)));
    TenderBid first = bids.get(0);
    List<RiggingWarning.Bidder> bidders = bids.stream().sorted(Comparator.comparingDouble(TenderBid::price))
        .map(b -> new RiggingWarning.Bidder(b.bidderCode(), b.bidderName(), b.price(), b.winner())).toList();
    return new RiggingWarning.Finding(first.section(), first.projectName(), first.sectionName(),
        first.industry(), bidders, score, risk, evidence);
  }

  static String yuan(double price) {
    return BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
