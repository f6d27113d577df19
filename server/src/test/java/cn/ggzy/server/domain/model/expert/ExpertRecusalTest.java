package cn.ggzy.server.domain.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Outcome;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Recused;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Service;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each recusal rule on its own, and the committee rules of a request. */
class ExpertRecusalTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  private static final Instant NOW = ZonedDateTime.of(2026, 11, 16, 10, 0, 0, 0, ZONE).toInstant();
  private static final Instant START = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZONE).toInstant();
  private static final RegionCode MACHENG = RegionCode.of("421181");
  private static final ExpertRules RULES = ExpertRules.DEFAULT;

  private static Expert expert(String id, RegionCode region, String employer, LocalDate birth, List<String> conflicts,
      boolean share, LocalDate certificateUntil) {
    ExpertProfile p = new ExpertProfile("专家" + id, "42118119700101010X", birth, "13800000000", employer, "高级工程师",
        List.of("A0101"), List.of(new Certificate("高级工程师", "C-" + id, certificateUntil)), conflicts, share);
    return Expert.apply(id, region, p, NOW).approve("office", NOW, TODAY, RULES, null);
  }

  private static Expert plain(String id) {
    return expert(id, MACHENG, "单位" + id, LocalDate.of(1975, 5, 1), List.of(), false, null);
  }

  private static DrawRequest request(boolean remote, int recentMonths) {
    return new DrawRequest("某道路工程", "S-01", "某道路工程一标段", "麻城市交通建设投资有限公司", "湖北某招标代理有限公司",
        List.of("湖北甲路桥有限公司", "湖北乙建设有限公司"), List.of(new SpecialtyQuota("A0101", 5)), 0, START, "麻城市公共资源交易中心",
        remote, recentMonths);
  }

  private static Map<String, String> reasons(Outcome o) {
    return o.recused().stream().collect(Collectors.toMap(Recused::expertId, Recused::reason));
  }

  private static Outcome screen(List<Expert> pool, DrawRequest request, List<Service> services, Set<String> invited) {
    return ExpertRecusal.screen(pool, MACHENG.value(), request, RULES, services, invited, Set.of(), ZONE);
  }

  @Test
  void anExpertEmployedByTheTendererTheAgencyOrABidderIsRecusedHoweverTheNameIsTyped() {
    List<Expert> pool = List.of(plain("e1"),
        expert("e2", MACHENG, " 麻城市交通建设投资有限公司 ", LocalDate.of(1975, 5, 1), List.of(), false, null),
        expert("e3", MACHENG, "湖北某招标代理有限公司", LocalDate.of(1975, 5, 1), List.of(), false, null),
        expert("e4", MACHENG, "湖北乙建设有限公司", LocalDate.of(1975, 5, 1), List.of(), false, null));
    Outcome o = screen(pool, request(false, 0), List.of(), Set.of());
    assertEquals(List.of("e1"), o.eligible().stream().map(Expert::id).toList());
    assertEquals(Map.of("e2", "expert.recusal.employer", "e3", "expert.recusal.employer",
        "e4", "expert.recusal.employer"), reasons(o));
  }

  @Test
  void aDeclaredConflictWithABidderRecuses() {
    Expert related = expert("e5", MACHENG, "某设计院", LocalDate.of(1975, 5, 1), List.of("湖北甲路桥有限公司"), false, null);
    assertEquals(Map.of("e5", "expert.recusal.declared"),
        reasons(screen(List.of(related, plain("e1")), request(false, 0), List.of(), Set.of())));
  }

  @Test
  void servingTheSameTendererWithinTheRecentMonthsRecusesAndLongerAgoDoesNot() {
    Instant twoMonthsAgo = START.atZone(ZONE).minusMonths(2).toInstant();
    Instant aYearAgo = START.atZone(ZONE).minusMonths(12).toInstant();
    List<Service> services = List.of(new Service("e1", "麻城市交通建设投资有限公司", twoMonthsAgo),
        new Service("e2", "麻城市交通建设投资有限公司", aYearAgo), new Service("e3", "另一招标人", twoMonthsAgo));
    Outcome o = screen(List.of(plain("e1"), plain("e2"), plain("e3")), request(false, 6), services, Set.of());
    assertEquals(Map.of("e1", "expert.recusal.recent"), reasons(o));
    assertEquals(Map.of(), reasons(screen(List.of(plain("e1")), request(false, 0), services, Set.of())),
        "no limit set: no recusal");
  }

  @Test
  void ageCertificatesSuspensionReviewAndPenaltiesAreJudgedOnTheEvaluationDay() {
    Expert turning70 = expert("e6", MACHENG, "甲", LocalDate.of(1956, 11, 18), List.of(), false, null);
    Expert certificateEnds = expert("e7", MACHENG, "乙", LocalDate.of(1975, 1, 1), List.of(), false,
        LocalDate.of(2026, 11, 19));
    Expert suspended = plain("e8").suspend("office", NOW, LocalDate.of(2026, 11, 25), "请假");
    Expert suspensionOver = plain("e9").suspend("office", NOW, LocalDate.of(2026, 11, 19), "请假");
    Expert penalised = plain("e10").penalised("office", NOW, "麻交罚〔2026〕12号");
    Expert candidate = Expert.apply("e11", MACHENG, plain("e1").profile(), NOW);
    Expert reviewOverdue = new Expert("e12", MACHENG, ExpertState.ACTIVE, plain("e1").profile(), NOW, null, null, null,
        null, LocalDate.of(2026, 11, 19), List.of(), 0);
    Outcome o = screen(List.of(turning70, certificateEnds, suspended, suspensionOver, penalised, candidate,
        reviewOverdue), request(false, 0), List.of(), Set.of());
    assertEquals(Map.of("e6", "expert.recusal.age", "e7", "expert.recusal.qualification",
        "e8", "expert.recusal.suspended", "e10", "expert.recusal.penalised", "e11", "expert.recusal.notInPool",
        "e12", "expert.recusal.reviewOverdue"), reasons(o));
    assertEquals(List.of("e9"), o.eligible().stream().map(Expert::id).toList());
  }

  @Test
  void anotherRegionsExpertServesOnlyRemoteAndWithConsent() {
    RegionCode wuhan = RegionCode.of("420100");
    Expert consenting = expert("w1", wuhan, "武汉某院", LocalDate.of(1975, 5, 1), List.of(), true, null);
    Expert notConsenting = expert("w2", wuhan, "武汉某所", LocalDate.of(1975, 5, 1), List.of(), false, null);
    assertEquals(Map.of("w1", "expert.recusal.otherRegion", "w2", "expert.recusal.otherRegion"),
        reasons(screen(List.of(consenting, notConsenting), request(false, 0), List.of(), Set.of())));
    Outcome remote = screen(List.of(consenting, notConsenting), request(true, 0), List.of(), Set.of());
    assertEquals(List.of("w1"), remote.eligible().stream().map(Expert::id).toList());
  }

  @Test
  void anExpertAlreadyInvitedForTheDrawIsNotDrawnAgainAndOnlyRequestedSpecialtiesCount() {
    ExpertProfile other = new ExpertProfile("某", "42118119700101010X", LocalDate.of(1975, 5, 1), "13800000000", "丙",
        "工程师", List.of("A0401"), List.of(), List.of(), false);
    Expert water = Expert.apply("e20", MACHENG, other, NOW).approve("office", NOW, TODAY, RULES, null);
    Outcome o = screen(List.of(plain("e1"), plain("e2"), water), request(false, 0), List.of(), Set.of("e1"));
    assertEquals(Map.of("e1", "expert.recusal.alreadyInvited"), reasons(o));
    assertEquals(List.of("e2"), o.eligible().stream().map(Expert::id).toList(), "e20 holds no requested specialty");
  }

  @Test
  void aCommitteeIsFiveOrMoreAnOddNumberAndTwoThirdsExperts() {
    Specialties list = Specialties.standard();
    DrawRequest four = new DrawRequest("p", "S", "s", "t", null, List.of(), List.of(new SpecialtyQuota("A0101", 4)), 0,
        START, "地点", false, 0);
    assertField(() -> four.validate(list, NOW), "quotas", "expert.request.committee");
    DrawRequest fourPlusThree = new DrawRequest("p", "S", "s", "t", null, List.of(),
        List.of(new SpecialtyQuota("A0101", 3), new SpecialtyQuota("A0106", 1)), 3, START, "地点", false, 0);
    assertField(() -> fourPlusThree.validate(list, NOW), "quotas", "expert.request.committee");
    new DrawRequest("p", "S", "s", "t", null, List.of(), List.of(new SpecialtyQuota("A0101", 3),
        new SpecialtyQuota("A0106", 2)), 2, START, "地点", false, 0).validate(list, NOW);
    DrawRequest fourPlusOne = new DrawRequest("p", "S", "s", "t", null, List.of(), List.of(new SpecialtyQuota("A0101", 4)),
        1, START, "地点", false, 0);
    fourPlusOne.validate(list, NOW);
    DrawRequest threePlusTwo = new DrawRequest("p", "S", "s", "t", null, List.of(),
        List.of(new SpecialtyQuota("A0101", 3)), 2, START, "地点", false, 0);
    assertField(() -> threePlusTwo.validate(list, NOW), "quotas", "expert.request.committee");
    DrawRequest past = new DrawRequest("p", "S", "s", "t", null, List.of(), List.of(new SpecialtyQuota("A01", 5)), 0,
        NOW, "", false, 0);
    IntakeValidationException e = assertThrows(IntakeValidationException.class, () -> past.validate(list, NOW));
    assertEquals(Set.of("quotas[0].specialty", "evaluationStart", "place"),
        e.violations().stream().map(IntakeValidationException.Violation::field).collect(Collectors.toSet()));
  }

  @Test
  void decisionsFollowTheStates() {
    Expert candidate = Expert.apply("e1", MACHENG, plain("e1").profile(), NOW);
    assertThrows(StateConflictException.class, () -> candidate.suspend("o", NOW, TODAY, "r"));
    Expert active = candidate.approve("o", NOW, TODAY, RULES, null);
    assertEquals(TODAY.plusMonths(12), active.reviewDue());
    assertThrows(StateConflictException.class, () -> active.approve("o", NOW, TODAY, RULES, null));
    assertEquals(ExpertState.EXITED, active.exit("o", NOW, "本人申请").state());
    assertTrue(active.unavailableOn(TODAY, RULES).isEmpty());
  }

  private static void assertField(Runnable action, String field, String code) {
    IntakeValidationException e = assertThrows(IntakeValidationException.class, action::run);
    assertTrue(e.violations().contains(new IntakeValidationException.Violation(code, field)), e.violations().toString());
  }
}
