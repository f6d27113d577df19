package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.CoBiddingGroup;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CoBiddingNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The co-bidding graph (JGraphT): bidders are vertices, an edge joins two bidders that met in at
 * least {@code minTogether} tenders and in at least {@code minAffinity} of the tenders of the less
 * active one. A group is a connected component of that graph. Inside it, rotation is the
 * normalised entropy of the members' wins; cover bidders bid in {@code minTogether} or more of the
 * group's tenders without ever winning one.
 */
@ApplicationScoped
public class JgraphtCoBiddingNetwork implements CoBiddingNetwork {
  private final int minTogether;
  private final double minAffinity;

  public JgraphtCoBiddingNetwork() {
    this(3, 0.5);
  }

  public JgraphtCoBiddingNetwork(int minTogether, double minAffinity) {
    this.minTogether = minTogether;
    this.minAffinity = minAffinity;
  }

  @Override
  public List<CoBiddingGroup> groups(List<TenderBids> tenders) {
    Map<String, Integer> bids = new HashMap<>();
    Map<List<String>, Integer> together = new HashMap<>();
    for (TenderBids t : tenders) {
      if (!t.biddersKnown()) {
        continue;
      }
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(t.bidders()));
      distinct.sort(null);
      for (int i = 0; i < distinct.size(); i++) {
        bids.merge(distinct.get(i), 1, Integer::sum);
        for (int j = i + 1; j < distinct.size(); j++) {
          together.merge(List.of(distinct.get(i), distinct.get(j)), 1, Integer::sum);
        }
      }
    }
    Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    together.forEach((pair, count) -> {
      int lessActive = Math.min(bids.get(pair.get(0)), bids.get(pair.get(1)));
      if (count >= minTogether && count >= minAffinity * lessActive) {
        graph.addVertex(pair.get(0));
        graph.addVertex(pair.get(1));
        graph.setEdgeWeight(graph.addEdge(pair.get(0), pair.get(1)), count);
      }
    });
    List<CoBiddingGroup> groups = new ArrayList<>();
    for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
      groups.add(describe(component, tenders));
    }
    groups.sort(Comparator.comparingInt(CoBiddingGroup::tendersTogether).reversed());
    return groups;
  }

  private CoBiddingGroup describe(Set<String> members, List<TenderBids> tenders) {
    Map<String, Integer> wins = new TreeMap<>();
    Map<String, Integer> appearances = new HashMap<>();
    members.forEach(m -> wins.put(m, 0));
    List<String> shared = new ArrayList<>();
    for (TenderBids t : tenders) {
      if (!t.biddersKnown()) {
        continue;
      }
      Set<String> present = new LinkedHashSet<>(t.bidders());
      present.retainAll(members);
      if (present.size() < 2) {
        continue;
      }
      shared.add(t.tender());
      present.forEach(m -> appearances.merge(m, 1, Integer::sum));
      if (t.winner() >= 0 && members.contains(t.bidders().get(t.winner()))) {
        wins.merge(t.bidders().get(t.winner()), 1, Integer::sum);
      }
    }
    List<String> cover = members.stream().sorted()
        .filter(m -> wins.get(m) == 0 && appearances.getOrDefault(m, 0) >= minTogether).toList();
    return new CoBiddingGroup(members.stream().sorted().toList(), shared.size(), wins, rotation(wins), cover, shared);
  }

  /** Normalised entropy of the wins over all members: 0 when one member wins all, 1 when all win equally. */
  static double rotation(Map<String, Integer> wins) {
    int total = wins.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0 || wins.size() < 2) {
      return 0;
    }
    double h = 0;
    for (int w : wins.values()) {
      if (w > 0) {
        double p = (double) w / total;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(wins.size());
  }
}
