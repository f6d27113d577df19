package cn.ggzy.server.application;

import java.util.List;

/**
 * The co-bidding network of the imported bids (围标串标 across tenders), read by the reviewers of
 * warnings: a department head sees the own department's bids, the office every department's of its
 * region (audited). Groups bid together repeatedly; rotation and cover bidders are signals for an
 * officer to look at, never a verdict.
 */
public interface CoBiddingViews {
  /**
   * Filters of the group list; {@code null} or blank means any. {@code department} (a tenant id such
   * as {@code 421181-zjj}) keeps the groups that bid together in at least one of its tenders.
   */
  record GroupQuery(String bidder, Integer minimumTenders, boolean rotatingOnly, boolean withCoverBidders,
      String department, int offset, int limit) {

    public GroupQuery(String bidder, Integer minimumTenders, boolean rotatingOnly, boolean withCoverBidders,
        int offset, int limit) {
      this(bidder, minimumTenders, rotatingOnly, withCoverBidders, null, offset, limit);
    }
  }

  record MemberName(String code, String name) {}

  record GroupSummary(String id, List<MemberName> members, int tendersTogether, double rotation, boolean rotating,
      List<String> coverBidders, int openWarnings) {}

  record GroupPage(List<GroupSummary> items, long total, int offset, int limit) {}

  /** A member inside its group: tenders with the group, wins there, all tenders and wins in scope. */
  record MemberView(String code, String name, int tendersInGroup, int winsInGroup, int tenders, int wins,
      boolean cover) {}

  /** Two members and the number of tenders both bid in. */
  record EdgeView(String from, String to, int tenders) {}

  /** A tender in which at least two members bid; the winner's code (null when unknown or outside). */
  record TenderView(String department, String projectCode, String projectName, String sectionCode,
      String sectionName, List<String> members, String winner) {}

  record GroupDetail(String id, List<MemberView> members, int tendersTogether, double rotation, boolean rotating,
      List<String> coverBidders, List<EdgeView> edges, List<TenderView> tenders,
      List<RiggingWarnings.Summary> openWarnings) {}

  record CoBidderView(String code, String name, int tenders) {}

  record BidderDetail(String code, String name, int tenders, int wins, double winRate,
      List<CoBidderView> coBidders, List<GroupSummary> groups, List<RiggingWarnings.Summary> warnings) {}

  GroupPage groups(Caller caller, GroupQuery query);

  /** One group by its id (stable while its members stay the same); not found outside the caller's reach. */
  GroupDetail group(Caller caller, String id);

  /** One bidder by its unified credit code; not found when it has no bid within the caller's reach. */
  BidderDetail bidder(Caller caller, String code);
}
