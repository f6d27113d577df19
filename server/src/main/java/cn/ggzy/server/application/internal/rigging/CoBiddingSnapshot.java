package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.domain.model.rigging.CoBiddingGroup;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.tender.Participation;
import cn.ggzy.server.domain.service.CoBiddingNetwork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network of one scope (a department or a region) at one version of its bids: the bids by
 * section and by bidder, and the groups under their stable ids. Immutable once built; cached.
 */
final class CoBiddingSnapshot {
  /** A group and its id: a hash of its sorted member codes, so it stays while the members stay. */
  record Group(String id, CoBiddingGroup group) {}

  final String version;
  final Map<String, List<Participation>> byTender;
  final Map<String, List<Participation>> byBidder;
  final List<Group> groups;
  final Map<String, Group> byId;
  final Map<String, List<Group>> groupsOfBidder;

  private CoBiddingSnapshot(String version, Map<String, List<Participation>> byTender,
      Map<String, List<Participation>> byBidder, List<Group> groups) {
    this.version = version;
    this.byTender = byTender;
    this.byBidder = byBidder;
    this.groups = groups;
    this.byId = new HashMap<>();
    this.groupsOfBidder = new HashMap<>();
    for (Group g : groups) {
      byId.put(g.id(), g);
      g.group().members().forEach(m -> groupsOfBidder.computeIfAbsent(m, k -> new ArrayList<>()).add(g));
    }
  }

  static CoBiddingSnapshot build(String version, List<Participation> bids, CoBiddingNetwork network) {
    Map<String, List<Participation>> byTender = new LinkedHashMap<>();
    Map<String, List<Participation>> byBidder = new HashMap<>();
    for (Participation p : bids) {
      byTender.computeIfAbsent(p.tenderKey(), k -> new ArrayList<>()).add(p);
      byBidder.computeIfAbsent(p.bidderCode(), k -> new ArrayList<>()).add(p);
    }
    List<TenderBids> tenders = new ArrayList<>(byTender.size());
    byTender.forEach((key, section) -> {
      int winner = -1;
      List<String> bidders = new ArrayList<>(section.size());
      for (int i = 0; i < section.size(); i++) {
        bidders.add(section.get(i).bidderCode());
        if (section.get(i).winner()) {
          winner = i;
        }
      }
      tenders.add(new TenderBids(key, new double[section.size()], bidders, winner));
    });
    List<Group> groups = new ArrayList<>();
    for (CoBiddingGroup g : network.groups(tenders)) {
      groups.add(new Group(idOf(g.members()), g));
    }
    groups.sort(Comparator.comparingInt((Group g) -> g.group().tendersTogether()).reversed()
        .thenComparing(Group::id));
    return new CoBiddingSnapshot(version, byTender, byBidder, List.copyOf(groups));
  }

  /** The first 16 hex digits of the SHA-256 of the sorted member codes joined by commas. */
  static String idOf(List<String> members) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(String.join(",", members.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name under which the bidder bid most recently seen (the first one read). */
  String name(String code) {
    List<Participation> bids = byBidder.get(code);
    if (bids == null) {
      return code;
    }
    return bids.stream().map(Participation::bidderName).filter(n -> n != null && !n.isBlank()).findFirst()
        .orElse(code);
  }
}
