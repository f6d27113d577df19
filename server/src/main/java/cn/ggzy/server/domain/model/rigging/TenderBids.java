package cn.ggzy.server.domain.model.rigging;

import java.util.List;

/**
 * One tender (or section) as the statistical screens and the network see it: its bids, who bid
 * (may be {@code null} per bid when unknown) and which bid won (index, or −1 when unknown).
 */
public record TenderBids(String tender, double[] prices, List<String> bidders, int winner) {

  public TenderBids {
    if (prices.length == 0) {
      throw new IllegalArgumentException("a tender needs at least one bid");
    }
    if (bidders != null && bidders.size() != prices.length) {
      throw new IllegalArgumentException("one bidder per price");
    }
  }

  public int size() {
    return prices.length;
  }

  public boolean biddersKnown() {
    return bidders != null && bidders.stream().allMatch(b -> b != null && !b.isBlank());
  }
}
