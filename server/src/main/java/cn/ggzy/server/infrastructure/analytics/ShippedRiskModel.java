package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The default shipped with the product: the {@link ScreenIndex} with its pooled reference, loaded on first use. */
@ApplicationScoped
public class ShippedRiskModel implements CollusionRiskModel {
  private ScreenIndex index;

  /**
   * A batch of at least {@link MarketReference#MIN_TENDERS} tenders is its own reference market; a
   * shorter one (the live path screens one section at a time) is read against the shipped reference.
   */
  @Override
  public double[] scores(List<TenderBids> market) {
    return index().scores(market);
  }

  /** Against the department's history when it holds enough tenders, else the shipped reference. */
  @Override
  public double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
    return index().scores(tenders, history);
  }

  @Override
  public List<RiskExplanation> explain(List<TenderBids> tenders, List<TenderBids> history) {
    return index().explain(tenders, history);
  }

  private synchronized ScreenIndex index() {
    if (index == null) {
      index = ScreenIndex.shipped();
    }
    return index;
  }
}
