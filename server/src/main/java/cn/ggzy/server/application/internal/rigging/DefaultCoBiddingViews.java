package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.warning.WarningViews;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.rigging.CoBiddingGroup;
import cn.ggzy.server.domain.model.tender.Participation;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.server.domain.service.CoBiddingNetwork;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the network of the caller's reach once per version of its bids (cached: a page of a group
 * reads the snapshot, not the whole collection) and maps it to views with the warnings naming the
 * members.
 */
@ApplicationScoped
public class DefaultCoBiddingViews implements CoBiddingViews {
  static final int MAX_LIMIT = 200;
  static final int MAX_CO_BIDDERS = 50;
  /** Rotation at or above this, with at least two members winning, marks a group as rotating. */
  static final double ROTATION_THRESHOLD = 0.5;
  private static final int MAX_CACHED = 32;

  private TenderBidRepository bids;
  private WarningRepository warnings;
  private CoBiddingNetwork network;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private final Map<String, CoBiddingSnapshot> cache = new ConcurrentHashMap<>();

  protected DefaultCoBiddingViews() {}

  @Inject
  public DefaultCoBiddingViews(TenderBidRepository bids, WarningRepository warnings, CoBiddingNetwork network,
      OfficeScopes scopes, TenantDirectory directory) {
    this.bids = bids;
    this.warnings = warnings;
    this.network = network;
    this.scopes = scopes;
    this.directory = directory;
  }

  @Override
  public GroupPage groups(Caller caller, GroupQuery query) {
    RiggingAccess.reviewer(caller, "rigging.network.groups");
    GroupQuery q = query == null ? new GroupQuery(null, null, false, false, 0, 20) : query;
    if (q.minimumTenders() != null && q.minimumTenders() < 0) {
      throw new DomainException("rigging.request.invalid", "minimumTenders");
    }
    int offset = Math.max(0, q.offset());
    int limit = q.limit() <= 0 ? 20 : Math.min(q.limit(), MAX_LIMIT);
    Reach reach = reach(caller, "rigging.network.groups");
    CoBiddingSnapshot snapshot = reach.snapshot;
    String needle = q.bidder() == null ? "" : q.bidder().strip().toLowerCase(Locale.ROOT);
    String inDepartment = department(q.department());
    List<CoBiddingSnapshot.Group> matching = snapshot.groups.stream()
        .filter(g -> inDepartment == null || g.group().tenders().stream().anyMatch(t -> t.startsWith(inDepartment)))
        .filter(g -> q.minimumTenders() == null || g.group().tendersTogether() >= q.minimumTenders())
        .filter(g -> !q.rotatingOnly() || rotating(g.group()))
        .filter(g -> !q.withCoverBidders() || !g.group().coverBidders().isEmpty())
        .filter(g -> needle.isEmpty() || g.group().members().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT)
            .contains(needle) || snapshot.name(m).toLowerCase(Locale.ROOT).contains(needle)))
        .toList();
    List<CoBiddingSnapshot.Group> page = matching.subList(Math.min(offset, matching.size()),
        Math.min(offset + limit, matching.size()));
    Set<String> members = new HashSet<>();
    page.forEach(g -> members.addAll(g.group().members()));
    List<RiggingWarning> open = reach.naming(members).stream()
        .filter(w -> w.data().status() == WarningStatus.OPEN).toList();
    return new GroupPage(page.stream().map(g -> summary(snapshot, g, open)).toList(), matching.size(), offset,
        limit);
  }

  /** The tender-key prefix of the department filter ({@code 421181-zjj/}), or null for any. */
  private static String department(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      return TenantId.of(given.strip()).value() + "/";
    } catch (IllegalArgumentException e) {
      throw new DomainException("rigging.request.invalid", "department");
    }
  }

  @Override
  public GroupDetail group(Caller caller, String id) {
    RiggingAccess.reviewer(caller, "rigging.network.group");
    Reach reach = reach(caller, "rigging.network.group");
    CoBiddingSnapshot s = reach.snapshot;
    CoBiddingSnapshot.Group found = s.byId.get(id == null ? "" : id.strip());
    if (found == null) {
      throw new NotFoundException("groupId");
    }
    CoBiddingGroup g = found.group();
    Set<String> members = new LinkedHashSet<>(g.members());
    Map<String, Integer> inGroup = new HashMap<>();
    Map<String, Integer> together = new TreeMap<>();
    List<TenderView> tenders = new ArrayList<>();
    for (String key : g.tenders()) {
      List<Participation> section = s.byTender.get(key);
      List<String> present = section.stream().map(Participation::bidderCode).filter(members::contains).sorted()
          .toList();
      present.forEach(m -> inGroup.merge(m, 1, Integer::sum));
      for (int i = 0; i < present.size(); i++) {
        for (int j = i + 1; j < present.size(); j++) {
          together.merge(present.get(i) + "\n" + present.get(j), 1, Integer::sum);
        }
      }
      Participation first = section.get(0);
      String winner = section.stream().filter(Participation::winner).map(Participation::bidderCode).findFirst()
          .orElse(null);
      tenders.add(new TenderView(first.tenant().departmentCode(), first.projectCode(), first.projectName(),
          first.sectionCode(), first.sectionName(), present, winner));
    }
    List<MemberView> memberViews = g.members().stream().map(m -> {
      List<Participation> all = s.byBidder.getOrDefault(m, List.of());
      return new MemberView(m, s.name(m), inGroup.getOrDefault(m, 0), g.wins().getOrDefault(m, 0),
          tenderCount(all), (int) all.stream().filter(Participation::winner).count(), g.coverBidders().contains(m));
    }).toList();
    List<EdgeView> edges = together.entrySet().stream().map(e -> {
      String[] pair = e.getKey().split("\n");
      return new EdgeView(pair[0], pair[1], e.getValue());
    }).toList();
    WarningViews views = new WarningViews(directory);
    List<RiggingWarnings.Summary> open = reach.naming(members).stream()
        .filter(w -> w.data().status() == WarningStatus.OPEN).map(views::summary).toList();
    return new GroupDetail(found.id(), memberViews, g.tendersTogether(), g.rotation(), rotating(g),
        g.coverBidders(), edges, tenders, open);
  }

  @Override
  public BidderDetail bidder(Caller caller, String code) {
    RiggingAccess.reviewer(caller, "rigging.network.bidder");
    Reach reach = reach(caller, "rigging.network.bidder");
    CoBiddingSnapshot s = reach.snapshot;
    String key = code == null ? "" : code.strip();
    List<Participation> own = s.byBidder.get(key);
    if (own == null) {
      throw new NotFoundException("bidderCode");
    }
    Map<String, Integer> coBids = new HashMap<>();
    Set<String> sections = new HashSet<>();
    for (Participation p : own) {
      if (!sections.add(p.tenderKey())) {
        continue;
      }
      for (Participation other : s.byTender.get(p.tenderKey())) {
        if (!other.bidderCode().equals(key)) {
          coBids.merge(other.bidderCode(), 1, Integer::sum);
        }
      }
    }
    List<CoBidderView> coBidders = coBids.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CO_BIDDERS).map(e -> new CoBidderView(e.getKey(), s.name(e.getKey()), e.getValue())).toList();
    int wins = (int) own.stream().filter(Participation::winner).count();
    List<CoBiddingSnapshot.Group> groups = s.groupsOfBidder.getOrDefault(key, List.of());
    Set<String> groupMembers = new HashSet<>();
    groups.forEach(g -> groupMembers.addAll(g.group().members()));
    groupMembers.add(key);
    List<RiggingWarning> named = reach.naming(groupMembers);
    List<RiggingWarning> open = named.stream().filter(w -> w.data().status() == WarningStatus.OPEN).toList();
    WarningViews views = new WarningViews(directory);
    return new BidderDetail(key, s.name(key), sections.size(), wins,
        sections.isEmpty() ? 0 : (double) wins / sections.size(), coBidders,
        groups.stream().map(g -> summary(s, g, open)).toList(),
        named.stream().filter(w -> w.bidderCodes().contains(key)).map(views::summary).toList());
  }

  static boolean rotating(CoBiddingGroup g) {
    long winners = g.wins().values().stream().filter(w -> w > 0).count();
    return winners >= 2 && g.rotation() >= ROTATION_THRESHOLD;
  }

  private static GroupSummary summary(CoBiddingSnapshot s, CoBiddingSnapshot.Group g, List<RiggingWarning> open) {
    CoBiddingGroup group = g.group();
    int warningsNaming = (int) open.stream()
        .filter(w -> group.members().stream().anyMatch(w.bidderCodes()::contains)).count();
    return new GroupSummary(g.id(), group.members().stream().map(m -> new MemberName(m, s.name(m))).toList(),
        group.tendersTogether(), group.rotation(), rotating(group), group.coverBidders(), warningsNaming);
  }

  private static int tenderCount(List<Participation> bids) {
    return (int) bids.stream().map(Participation::tenderKey).distinct().count();
  }

  /** The caller's reach: its snapshot and how to read the warnings within it. */
  private record Reach(CoBiddingSnapshot snapshot, Function<Collection<String>,
      List<RiggingWarning>> warnings) {
    List<RiggingWarning> naming(Collection<String> codes) {
      return warnings.apply(codes);
    }
  }

  private Reach reach(Caller caller, String purpose) {
    if (RiggingAccess.office(caller, directory)) {
      OfficeScope scope = scopes.open(caller, purpose);
      CoBiddingSnapshot s = snapshot("region:" + scope.region().value(), bids.version(scope),
          () -> bids.participations(scope));
      return new Reach(s, codes -> warnings.naming(scope, codes));
    }
    CoBiddingSnapshot s = snapshot("tenant:" + caller.tenant().value(), bids.version(caller.tenant()),
        () -> bids.participations(caller.tenant()));
    return new Reach(s, codes -> warnings.naming(caller.tenant(), codes));
  }

  private CoBiddingSnapshot snapshot(String scopeKey, String version, Supplier<List<Participation>> read) {
    CoBiddingSnapshot cached = cache.get(scopeKey);
    if (cached != null && cached.version.equals(version)) {
      return cached;
    }
    CoBiddingSnapshot built = CoBiddingSnapshot.build(version, read.get(), network);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(scopeKey, built);
    return built;
  }
}
