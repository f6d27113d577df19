package cn.ggzy.server.domain.model.rigging;

/**
 * One bidder's price in a section, with its line items when known ({@code items} may be empty).
 */
public record PricedBid(String bidder, double price, double[] items) {

  public PricedBid(String bidder, double price) {
    this(bidder, price, new double[0]);
  }
}
