package cn.ggzy.server.domain.model.rigging;

/** Regular differences among prices (条例 art. 40 item 4: 投标报价呈规律性差异). */
public enum PricePatternKind {
  /** Two or more bidders bid the same total. */
  IDENTICAL,
  /** Three or more totals in equal steps. */
  ARITHMETIC_PROGRESSION,
  /** Three or more totals in equal ratios. */
  GEOMETRIC_PROGRESSION,
  /** Two bids whose line items all stand in the same ratio (one derived from the other). */
  CONSTANT_RATIO
}
