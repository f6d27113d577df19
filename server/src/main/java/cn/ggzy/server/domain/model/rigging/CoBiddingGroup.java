package cn.ggzy.server.domain.model.rigging;

import java.util.List;
import java.util.Map;

/**
 * Bidders that bid together again and again across tenders: how often, who won how often inside
 * the group (rotation) and who never wins although it keeps bidding (cover bidders).
 *
 * @param members bidders of the group
 * @param tendersTogether tenders in which at least two members bid
 * @param wins wins of each member in those tenders
 * @param rotation evenness of the wins among the members that won (0 one winner … 1 perfectly even)
 * @param coverBidders members that bid in those tenders at least the minimum number of times and never won
 * @param tenders the tenders in which at least two members bid
 */
public record CoBiddingGroup(
    List<String> members,
    int tendersTogether,
    Map<String, Integer> wins,
    double rotation,
    List<String> coverBidders,
    List<String> tenders) {

  public CoBiddingGroup {
    members = List.copyOf(members);
    wins = Map.copyOf(wins);
    coverBidders = List.copyOf(coverBidders);
    tenders = List.copyOf(tenders);
  }
}
