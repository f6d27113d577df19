package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The model shipped with the product, loaded on first use and scored one batch at a time. */
@ApplicationScoped
public class ShippedRiskModel implements CollusionRiskModel {
  private XgboostRiskModel model;

  @Override
  public synchronized double[] scores(List<TenderBids> market) {
    if (model == null) {
      model = XgboostRiskModel.shipped();
    }
    return model.scores(market);
  }
}
