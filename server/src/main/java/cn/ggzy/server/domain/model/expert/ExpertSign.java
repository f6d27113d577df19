package cn.ggzy.server.domain.model.expert;

import java.util.List;

/**
 * A sign in the evaluation scores that an expert may not have judged independently, for a reviewer
 * to look into (like a rigging warning): never a finding by itself.
 *
 * @param kind what was seen
 * @param expertId the expert as named in the imported scores
 * @param subject the favoured bidder (FAVOUR), the other expert (TRACKING), empty (DEVIATION)
 * @param strength FAVOUR: the expert's mean excess over the panel for this bidder beyond the expert's
 *     own leniency, in robust standard deviations; TRACKING: the correlation of the two experts'
 *     departures from the rest of the panel; DEVIATION: the share of the expert's scores that are
 *     outliers against the panel
 * @param sections how many sections the sign rests on
 * @param evidence the scores behind it
 */
public record ExpertSign(SignKind kind, String expertId, String subject, double strength, int sections,
    List<SignEvidence> evidence) {
  /** The kinds of sign. */
  public enum SignKind {
    /** Systematically scores one bidder above the rest of the panel, more than the expert's usual leniency. */
    FAVOUR,
    /** Departs from the panel in step with another expert, across sections. */
    TRACKING,
    /** Scores far from the panel (the art. 49 outlier) often. */
    DEVIATION
  }

  /** One score behind a sign: the section, the bidder, the item, the expert's score, the other expert's (TRACKING), the rest of the panel's median. */
  public record SignEvidence(String section, String bidder, String item, double score, Double otherScore,
      double panelMedian) {}

  public ExpertSign {
    evidence = List.copyOf(evidence);
  }
}
