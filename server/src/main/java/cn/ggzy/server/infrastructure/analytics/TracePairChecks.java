package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.PairMatch;
import cn.ggzy.server.domain.model.rigging.TraceField;
import cn.ggzy.server.domain.service.CollusionPairChecks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the section's traces by the value of each field (linear in the number of bids) and
 * reports every pair of different bidders inside a group. Unknown values never match.
 */
@ApplicationScoped
public class TracePairChecks implements CollusionPairChecks {

  @Override
  public List<PairMatch> matches(List<BidFileTrace> section) {
    List<PairMatch> found = new ArrayList<>();
    for (TraceField field : TraceField.values()) {
      Map<String, List<String>> byValue = new LinkedHashMap<>();
      for (BidFileTrace trace : section) {
        String value = field.valueOf(trace);
        if (value != null) {
          List<String> bidders = byValue.computeIfAbsent(value, v -> new ArrayList<>());
          if (!bidders.contains(trace.bidder())) {
            bidders.add(trace.bidder());
          }
        }
      }
      byValue.forEach((value, bidders) -> {
        for (int i = 0; i < bidders.size(); i++) {
          for (int j = i + 1; j < bidders.size(); j++) {
            found.add(new PairMatch(bidders.get(i), bidders.get(j), field, value));
          }
        }
      });
    }
    return found;
  }
}
