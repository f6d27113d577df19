package cn.ggzy.server.domain.model.rigging;

/**
 * One screen's part in a tender's risk score: the screen's value in the tender, its percentile in
 * the market turned so that 1 is the most suspicious end (the direction the literature gives), and
 * what it adds to the score. An undefined screen (too few bids, no bidder identities) has a NaN value
 * and percentile and adds nothing: it raises no suspicion.
 */
public record ScreenReading(String screen, double value, double percentile, double contribution) {

  public boolean defined() {
    return !Double.isNaN(value);
  }
}
