package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The model shipped with the product, loaded on first use. */
@ApplicationScoped
public class ShippedRiskModel implements CollusionRiskModel {
  private XgboostRiskModel model;

  /**
   * A batch of at least {@link MarketReference#MIN_TENDERS} tenders is its own reference market; a
   * shorter one (the live path screens one section at a time) is read against the shipped reference.
   */
  @Override
  public double[] scores(List<TenderBids> market) {
    return model().scores(market);
  }

  /** Against the department's history when it holds enough tenders, else the shipped reference. */
  @Override
  public double[] scores(List<TenderBids> tenders, List<TenderBids> history) {
    return model().scores(tenders, history);
  }

  private synchronized XgboostRiskModel model() {
    if (model == null) {
      model = XgboostRiskModel.shipped();
    }
    return model;
  }
}
