package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import cn.ggzy.server.domain.model.enforcement.PauseKind;
import cn.ggzy.server.domain.model.enforcement.ReferralOrgan;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The case register on JNoSQL and the embedded MongoDB, held to the isolation contract. */
class JnosqlCaseRepositoryTest extends TenantIsolationContract<EnforcementCase, CaseId> {
  private static final Instant RECEIVED = LocalDateTime.parse("2026-11-02T09:00").atZone(ZoneId.of("Asia/Shanghai"))
      .toInstant();
  private final CaseRepository repository = TestContainer.get(CaseRepository.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);
  private final Map<CaseId, EnforcementCase> known = new HashMap<>();

  private static Actor officerOf(TenantId tenant) {
    return new Actor("officer-" + tenant.departmentCode(), "执法人员", tenant, Set.of(Role.DEPARTMENT_HEAD), false);
  }

  @Override
  protected EnforcementCase newAggregate(TenantId tenant) {
    CaseId id = repository.nextId();
    EnforcementCase c = EnforcementCase.register(id, CaseNumber.of("测", 2026,
        repository.nextSequence(tenant.region(), 2026)), tenant, new Registration(CaseSource.REPORT,
        Industry.OTHER, "隔离测试", "举报内容", null, null, null, null), officerOf(tenant), RECEIVED,
        DeadlineSettings.MACHENG, calendar);
    known.put(id, c);
    return c;
  }

  @Override
  protected CaseId idOf(EnforcementCase aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, EnforcementCase aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<EnforcementCase> find(TenantId tenant, CaseId id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(InboxQuery.department(tenant, 0, 1));
  }

  @Override
  protected List<EnforcementCase> list(TenantId tenant) {
    return repository.inbox(InboxQuery.department(tenant, 0, 200)).stream()
        .map(s -> repository.find(tenant, s.id()).orElseThrow()).toList();
  }

  /** Whoever holds the object (e.g. from an earlier read) tries to write it back as {@code tenant}. */
  @Override
  protected boolean tryModify(TenantId tenant, CaseId id) {
    EnforcementCase stale = repository.find(known.get(id).owner(), id).orElseThrow();
    try {
      stale.accept(officerOf(stale.owner()), RECEIVED.plusSeconds(3600), calendar);
      repository.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void aWholeCaseSurvivesTheRoundTripThroughTheDatabase() {
    TenantId zjj = TenantId.of("421181-zjj");
    EnforcementCase c = newAggregate(zjj);
    Actor head = officerOf(zjj);
    c.accept(head, RECEIVED.plusSeconds(60), calendar);
    c.startInvestigation(head, RECEIVED.plusSeconds(120));
    c.suspendTender(head, RECEIVED.plusSeconds(180), "调查期间暂停");
    c.refer(head, RECEIVED.plusSeconds(240), ReferralOrgan.DISCIPLINE_INSPECTION, "麻城市纪委监委", "干部插手",
        List.of("移送函", "证据目录"));
    c.openConsultation(head, RECEIVED.plusSeconds(300), "会商议题", Set.of(TenantId.of("421181-jtj")));
    c.pause(head, RECEIVED.plusSeconds(360), PauseKind.APPRAISAL, "司法鉴定");
    repository.store(zjj, c);
    EnforcementCase back = repository.find(zjj, c.id()).orElseThrow();
    assertEquals(c.status(), back.status());
    assertEquals(c.timeline(), back.timeline());
    assertEquals(c.state().referrals(), back.state().referrals());
    assertEquals(c.state().consultations(), back.state().consultations());
    assertEquals(c.state().pauses(), back.state().pauses());
    assertEquals(c.state().suspension(), back.state().suspension());
    assertEquals(c.deadlines(), back.deadlines());
    assertEquals(1, back.version());
    assertTrue(repository.find(TenantId.of("421181-jtj"), c.id()).isPresent(), "a consulted department reads it");
    assertTrue(repository.find(TenantId.of("421181-slj"), c.id()).isEmpty());
  }

  @Test
  void caseNumbersAreNeverHandedOutTwiceEvenUnderConcurrency() {
    RegionCode region = new RegionCode("429999");
    Set<Long> numbers = ConcurrentHashMap.newKeySet();
    List<Long> all = new CopyOnWriteArrayList<>();
    IntStream.range(0, 200).parallel().forEach(i -> {
      long n = repository.nextSequence(region, 2026);
      numbers.add(n);
      all.add(n);
    });
    assertEquals(200, numbers.size());
    assertEquals(200L, numbers.stream().mapToLong(Long::longValue).max().orElseThrow());
    assertEquals(1L, repository.nextSequence(region, 2027), "each year starts again at 1");
  }

  @Test
  void aSecondWriteOfTheSameVersionIsRefused() {
    TenantId zjj = TenantId.of("421181-zjj");
    EnforcementCase c = newAggregate(zjj);
    repository.store(zjj, c);
    EnforcementCase first = repository.find(zjj, c.id()).orElseThrow();
    EnforcementCase second = repository.find(zjj, c.id()).orElseThrow();
    first.accept(officerOf(zjj), RECEIVED.plusSeconds(60), calendar);
    second.proposeNonAcceptance(officerOf(zjj), RECEIVED.plusSeconds(61),
        NonAcceptanceGround.NO_INTEREST, "无利害关系");
    repository.store(zjj, first);
    assertThrows(ConcurrentChangeException.class, () -> repository.store(zjj, second));
    assertEquals("ACCEPT", repository.find(zjj, c.id()).orElseThrow().timeline().get(1).action());
  }
}
