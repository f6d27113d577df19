package cn.ggzy.server.application.internal.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.CoBiddingViews.BidderDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupQuery;
import cn.ggzy.server.application.CoBiddingViews.GroupSummary;
import cn.ggzy.server.application.CoBiddingViews.MemberView;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Groups, rotation and cover bidders from imported bids, through the real wiring and embedded MongoDB. */
class CoBiddingViewsTest {
  private static final AtomicInteger N = new AtomicInteger(7000);
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");

  private final TenderImports imports = TestContainer.get(TenderImports.class);
  private final CoBiddingViews views = TestContainer.get(CoBiddingViews.class);

  private Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "net" + N.incrementAndGet() + "p", "网络" + N.get(), role);
  }

  /** Three bidders meet in six sections: A and B take turns winning, C always bids and never wins. */
  private record Ring(String a, String b, String c, String loner) {}

  private Ring importRing(Caller head) {
    int base = N.addAndGet(10);
    Ring ring = new Ring(CreditFixtures.code(base + 1), CreditFixtures.code(base + 2), CreditFixtures.code(base + 3),
        CreditFixtures.code(base + 4));
    List<BidRow> rows = new ArrayList<>();
    String project = "MC-NET-" + base;
    for (int s = 1; s <= 6; s++) {
      String section = "BD" + s;
      boolean aWins = s % 2 == 1;
      rows.add(row(rows.size() + 1, project, section, ring.a(), "甲路桥有限公司", 1_000_000 + s * 1000, aWins));
      rows.add(row(rows.size() + 1, project, section, ring.b(), "乙路桥有限公司", 1_010_000 + s * 1300, !aWins));
      rows.add(row(rows.size() + 1, project, section, ring.c(), "丙路桥有限公司", 1_090_000 + s * 700, false));
    }
    rows.add(row(rows.size() + 1, project, "BD1", ring.loner(), "丁独行有限公司", 1_200_000, false));
    assertTrue(imports.importRows(head, rows).rejected().isEmpty());
    return ring;
  }

  private static BidRow row(int line, String project, String section, String code, String name, double price,
      boolean winner) {
    return new BidRow(line, project, "麻城市网络测试工程", section, section + "标段", "HOUSING_CONSTRUCTION", code, name,
        String.format("%.2f", price), "2026-03-01T09:30:00+08:00", null, "02-00-00-00-" + String.format("%02d",
        line % 100) + "-" + Integer.toHexString(code.hashCode() & 0xff), null, null, "10.1.0." + line, null, null,
        null, null, Boolean.toString(winner));
  }

  private static GroupSummary groupOf(List<GroupSummary> groups, String member) {
    return groups.stream().filter(g -> g.members().stream().anyMatch(m -> m.code().equals(member))).findFirst()
        .orElseThrow(() -> new AssertionError("no group with " + member));
  }

  @Test
  void biddersThatMeetAgainAndAgainFormAGroupWithRotationAndACoverBidder() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Ring ring = importRing(head);
    List<GroupSummary> all = views.groups(head, new GroupQuery(ring.a(), null, false, false, 0, 200)).items();
    GroupSummary summary = groupOf(all, ring.a());
    assertEquals(List.of(ring.a(), ring.b(), ring.c()).stream().sorted().toList(),
        summary.members().stream().map(CoBiddingViews.MemberName::code).toList(), "the loner met them once only");
    assertEquals(6, summary.tendersTogether());
    assertTrue(summary.rotating(), "A and B win in turns");
    assertEquals(List.of(ring.c()), summary.coverBidders());

    GroupDetail group = views.group(head, summary.id());
    assertEquals(summary.id(), views.group(head, summary.id()).id(), "the id is stable");
    MemberView c = group.members().stream().filter(m -> m.code().equals(ring.c())).findFirst().orElseThrow();
    assertTrue(c.cover());
    assertEquals(6, c.tendersInGroup());
    assertEquals(0, c.winsInGroup());
    MemberView a = group.members().stream().filter(m -> m.code().equals(ring.a())).findFirst().orElseThrow();
    assertEquals(3, a.winsInGroup());
    assertEquals("甲路桥有限公司", a.name());
    assertEquals(3, group.edges().size(), "every pair met");
    assertTrue(group.edges().stream().allMatch(e -> e.tenders() == 6));
    assertEquals(6, group.tenders().size());
    assertTrue(group.tenders().stream().allMatch(t -> Set.of(ring.a(), ring.b()).contains(t.winner())));
  }

  @Test
  void aBidderPageCountsWinsCoBiddersAndGroups() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Ring ring = importRing(head);
    BidderDetail b = views.bidder(head, ring.b());
    assertEquals(6, b.tenders());
    assertEquals(3, b.wins());
    assertEquals(0.5, b.winRate(), 1e-9);
    assertEquals(6, b.coBidders().stream().filter(x -> x.code().equals(ring.a())).findFirst().orElseThrow()
        .tenders());
    assertEquals(1, b.coBidders().stream().filter(x -> x.code().equals(ring.loner())).findFirst().orElseThrow()
        .tenders());
    assertEquals(1, b.groups().size());
    BidderDetail loner = views.bidder(head, ring.loner());
    assertEquals(0, loner.wins());
    assertTrue(loner.groups().isEmpty());
  }

  @Test
  void filtersKeepOnlyRotatingGroupsWithCoverBidders() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Ring ring = importRing(head);
    assertTrue(views.groups(head, new GroupQuery(ring.c(), 6, true, true, 0, 20)).total() == 1);
    assertEquals(0, views.groups(head, new GroupQuery(ring.c(), 7, false, false, 0, 20)).total(),
        "six tenders together, not seven");
    assertEquals(0, views.groups(head, new GroupQuery(ring.loner(), null, false, false, 0, 20)).total());
  }

  @Test
  void anotherDepartmentSeesNothingAndTheOfficeSeesTheRegion() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Ring ring = importRing(head);
    String id = groupOf(views.groups(head, new GroupQuery(ring.a(), null, false, false, 0, 20)).items(), ring.a())
        .id();
    Caller other = person(JTJ, Role.DEPARTMENT_HEAD);
    assertEquals(0, views.groups(other, new GroupQuery(ring.a(), null, false, false, 0, 20)).total());
    assertThrows(NotFoundException.class, () -> views.group(other, id));
    assertThrows(NotFoundException.class, () -> views.bidder(other, ring.a()));
    Caller office = person(OFFICE, Role.OFFICE_OFFICER);
    assertEquals(id, views.group(office, id).id(), "the office reads every department of its region");
    assertEquals(6, views.bidder(office, ring.c()).tenders());
    assertEquals(1, views.groups(office, new GroupQuery(ring.a(), null, false, false, ZJJ.value(), 0, 20)).total(),
        "the office filters by the department where the group bid together");
    assertEquals(0, views.groups(office, new GroupQuery(ring.a(), null, false, false, JTJ.value(), 0, 20)).total());
    DomainException bad = assertThrows(DomainException.class,
        () -> views.groups(office, new GroupQuery(null, null, false, false, "住建局", 0, 20)));
    assertEquals("department", bad.field());
  }

  @Test
  void onlyReviewersReadTheNetwork() {
    Caller inspector = person(ZJJ, Role.DEPARTMENT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> views.groups(inspector, null));
  }

  @Test
  void anUnknownGroupOrBidderIsNotFound() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> views.group(head, "0000000000000000"));
    assertThrows(NotFoundException.class, () -> views.bidder(head, "91420000NOSUCH0000"));
    assertFalse(views.groups(head, new GroupQuery("", null, false, false, 0, 5)).items().size() > 5);
  }
}
