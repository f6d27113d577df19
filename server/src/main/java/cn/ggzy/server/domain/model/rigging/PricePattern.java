package cn.ggzy.server.domain.model.rigging;

import java.util.List;

/**
 * A price pattern found among bids: the bidders in price order, their prices and the step
 * (difference, ratio, or 0 for identical prices).
 */
public record PricePattern(PricePatternKind kind, List<String> bidders, List<Double> prices, double step) {

  public PricePattern {
    bidders = List.copyOf(bidders);
    prices = List.copyOf(prices);
  }

  public Art40Item item() {
    return Art40Item.ABNORMALLY_CONSISTENT;
  }
}
