package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A department's imported sections as a market of tenders, for the risk models. */
final class Markets {
  private Markets() {}

  /**
   * The department's imported sections of two or more bids (up to {@code maxBids} bids read), each
   * named by its section key: a model that reads its inputs relative to the market takes the city's
   * own distribution from them once there are enough.
   */
  static List<TenderBids> history(TenderBidRepository bids, TenantId tenant, int maxBids) {
    Map<SectionKey, List<TenderBid>> bySection = new LinkedHashMap<>();
    // one read: paging by offset would make the store walk the skipped bids again for every page
    bids.page(tenant, 0, maxBids).forEach(b -> bySection.computeIfAbsent(b.section(), k -> new ArrayList<>()).add(b));
    List<TenderBids> history = new ArrayList<>();
    bySection.forEach((key, sectionBids) -> {
      if (sectionBids.size() >= 2) {
        history.add(tenderBids(key.toString(), sectionBids));
      }
    });
    return history;
  }

  /** A section's bids as the screens and the network see them, named {@code name}. */
  static TenderBids tenderBids(String name, List<TenderBid> section) {
    double[] prices = section.stream().mapToDouble(TenderBid::price).toArray();
    List<String> bidders = section.stream().map(TenderBid::bidderCode).toList();
    int winner = -1;
    for (int i = 0; i < section.size(); i++) {
      if (section.get(i).winner()) {
        winner = i;
      }
    }
    return new TenderBids(name, prices, bidders, winner);
  }
}
