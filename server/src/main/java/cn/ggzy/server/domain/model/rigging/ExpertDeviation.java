package cn.ggzy.server.domain.model.rigging;

/**
 * An expert whose score of a bidder lies far from the other experts' scores of the same bidder:
 * {@code deviation} = score − median of the others (positive: the expert pushed the bidder up).
 */
public record ExpertDeviation(String expert, String bidder, String item, double score, double median, double mad,
    double deviation) {}
