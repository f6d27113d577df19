package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.Certificate;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertProfile;
import cn.ggzy.server.domain.model.expert.ExpertRepository;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool is region-owned: one region's experts are invisible to another, except shared ones for remote evaluation. */
class MongoExpertRepositoryTest {
  private static final AtomicInteger N = new AtomicInteger(100);
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private final ExpertRepository repository = TestContainer.get(ExpertRepository.class);
  private final RegionCode macheng = RegionCode.of("4" + (20000 + N.incrementAndGet()));
  private final RegionCode wuhan = RegionCode.of("4" + (30000 + N.incrementAndGet()));

  private Expert expert(RegionCode region, boolean share) {
    return repository.store(region, Expert.apply(repository.nextId(region), region, profile(share), AT))
        .approve("office", AT, LocalDate.of(2026, 11, 16), ExpertRules.DEFAULT, null);
  }

  private static ExpertProfile profile(boolean share) {
    int n = N.incrementAndGet();
    return new ExpertProfile("专家" + n, "4211811970010" + String.format("%05d", n), LocalDate.of(1970, 1, 1),
        "1390000" + String.format("%04d", n), "某单位" + n, "高级工程师", List.of("A0101"),
        List.of(new Certificate("证", "N" + n, null)), List.of(), share);
  }

  @Test
  void oneRegionsExpertIsInvisibleToAnotherAndCannotBeStoredThere() {
    Expert mine = expert(macheng, false);
    assertTrue(repository.find(macheng, mine.id()).isPresent());
    assertFalse(repository.find(wuhan, mine.id()).isPresent());
    assertTrue(repository.list(wuhan, null, 0, 100).stream().noneMatch(e -> e.id().equals(mine.id())));
    assertEquals(0, repository.count(wuhan, null));
    assertThrows(NotFoundException.class, () -> repository.store(wuhan, mine));
    Expert forged = new Expert(mine.id(), wuhan, ExpertState.EXITED, mine.profile(), AT, null, null, null, null, null,
        List.of(), mine.version());
    assertThrows(DomainException.class, () -> repository.store(wuhan, forged));
    assertEquals(ExpertState.CANDIDATE, repository.find(macheng, mine.id()).orElseThrow().state());
  }

  @Test
  void onlyConsentingActiveExpertsAreSharedWithOtherRegions() {
    Expert sharing = repository.store(wuhan, expert(wuhan, true));
    Expert notSharing = repository.store(wuhan, expert(wuhan, false));
    Expert candidate = repository.store(wuhan, Expert.apply(repository.nextId(wuhan), wuhan, profile(true), AT));
    List<String> shared = repository.shared(macheng, List.of("A0101")).stream().map(Expert::id).toList();
    assertTrue(shared.contains(sharing.id()));
    assertFalse(shared.contains(notSharing.id()));
    assertFalse(shared.contains(candidate.id()), "an application is not in the pool yet");
    assertTrue(repository.shared(wuhan, List.of("A0101")).stream().noneMatch(e -> e.region().equals(wuhan)),
        "never its own region");
    assertEquals(List.of(), repository.shared(macheng, List.of("C0101")), "only the specialties asked for");
    List<Expert> wuhanPool = repository.pool(wuhan, List.of("A0101"));
    assertTrue(wuhanPool.stream().anyMatch(e -> e.id().equals(notSharing.id())));
    assertFalse(wuhanPool.stream().anyMatch(e -> e.id().equals(candidate.id())), "applications are not drawn");
    assertTrue(wuhanPool.stream().allMatch(e -> e.profile().residentId().isEmpty()), "screening reads no identity");
  }

  @Test
  void aStaleWriteIsRefusedAndOnePersonHasOneEntryPerRegion() {
    Expert stored = repository.store(macheng, expert(macheng, false));
    Expert read = repository.find(macheng, stored.id()).orElseThrow();
    repository.store(macheng, read.exit("office", AT, "本人申请"));
    assertThrows(ConcurrentChangeException.class, () -> repository.store(macheng, read.exit("office", AT, "again")));
    assertTrue(repository.knows(macheng, read.profile().residentId()));
    assertFalse(repository.knows(wuhan, read.profile().residentId()));
    Expert twin = Expert.apply(repository.nextId(macheng), macheng, read.profile(), AT);
    assertEquals("expert.application.duplicate",
        assertThrows(DomainException.class, () -> repository.store(macheng, twin)).code());
  }
}
