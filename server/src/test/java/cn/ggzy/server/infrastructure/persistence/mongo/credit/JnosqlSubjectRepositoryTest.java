package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.RedListCriteria;
import cn.ggzy.server.domain.model.credit.ScoreWeights;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Region-owned credit data: one subject per key and region, settings per region; no region sees another's.
 * The ports are region-first and the departments of a region share this data by design, so
 * TenantIsolationContract (department against department) does not fit: the isolation tests here are
 * plain tests between two regions.
 */
class JnosqlSubjectRepositoryTest {
  private static final RegionCode MACHENG = RegionCode.of("421181");
  private static final RegionCode WUHAN = RegionCode.of("420100");
  private final SubjectRepository subjects = TestContainer.get(SubjectRepository.class);
  private final CreditSettingsRepository settings = TestContainer.get(CreditSettingsRepository.class);

  @Test
  void aSubjectIsRegisteredOncePerRegionEvenWhenRacing() {
    SubjectIdentity expert = SubjectIdentity.of(SubjectKind.EXPERT, "王专家", null, CreditFixtures.EXPERT_ID);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 20).parallel().forEach(i -> ids.add(subjects.register(MACHENG, expert).id().value()));
    assertEquals(1, ids.size());
    CreditSubject inWuhan = subjects.register(WUHAN, expert);
    assertTrue(!ids.contains(inWuhan.id().value()), "each region has its own register");
    assertTrue(subjects.find(WUHAN, subjects.findByKey(MACHENG, expert.key()).orElseThrow().id()).isEmpty());
    assertEquals(CreditFixtures.EXPERT_ID, subjects.find(MACHENG, subjects.findByKey(MACHENG, expert.key())
        .orElseThrow().id()).orElseThrow().identity().residentId().value(), "kept whole for the officers");
  }

  @Test
  void aPageOfSubjectsIsSortedByNameInCodePointOrderWithinTheRegion() {
    CreditSubject b = subjects.register(MACHENG, new SubjectIdentity(SubjectKind.AGENCY, "二号招标代理有限公司",
        new CreditCode(CreditFixtures.code(900_000_001L)), null));
    CreditSubject a = subjects.register(MACHENG, new SubjectIdentity(SubjectKind.AGENCY, "一号招标代理有限公司",
        new CreditCode(CreditFixtures.code(900_000_002L)), null));
    List<CreditSubject> page = subjects.page(MACHENG, List.of(b.id(), a.id()), 0, 10);
    assertEquals(List.of(a.id(), b.id()), page.stream().map(CreditSubject::id).toList());
    assertTrue(subjects.page(WUHAN, List.of(a.id(), b.id()), 0, 10).isEmpty());
  }

  @Test
  void settingsArePerRegionWithTheDefaultsUntilChanged() {
    RegionCode region = RegionCode.of("429004");
    assertEquals(CreditSettings.DEFAULT, settings.settings(region));
    CreditSettings strict = new CreditSettings(new ScoreWeights(70, -30, -15, -5, 3, 12, 36),
        new RedListCriteria(5, 3, 90, 6));
    settings.store(region, strict);
    assertEquals(strict, settings.settings(region));
    assertEquals(CreditSettings.DEFAULT, settings.settings(RegionCode.of("429005")));
  }

  @Test
  void aSubjectIsSharedWithinItsRegionButAnotherRegionNeitherSeesCountsNorChangesIt() {
    TenantId zjj = TenantId.of("421181-zjj");
    long machengBefore = subjects.count(MACHENG);
    long wuhanBefore = subjects.count(WUHAN);
    CreditSubject s = CreditRepositoryFixtures.subject(zjj, "区域隔离测试有限公司");
    assertEquals(machengBefore + 1, subjects.count(MACHENG));
    assertEquals(wuhanBefore, subjects.count(WUHAN));
    assertEquals(s, subjects.find(TenantId.of("421181-jtj").region(), s.id()).orElseThrow(),
        "another department of the region records on the same subject");
    assertTrue(subjects.find(WUHAN, s.id()).isEmpty(), "another region must not find it, even with the id");
    assertTrue(subjects.findByKey(WUHAN, s.identity().key()).isEmpty());
    assertTrue(subjects.page(WUHAN, List.of(s.id()), 0, 10).isEmpty());
    CreditSubject inWuhan = subjects.register(WUHAN, s.identity());
    assertNotEquals(s.id(), inWuhan.id(), "another region registers its own subject");
    assertEquals(wuhanBefore + 1, subjects.count(WUHAN));
    assertEquals(machengBefore + 1, subjects.count(MACHENG));
    assertEquals(s, subjects.findByKey(MACHENG, s.identity().key()).orElseThrow());
    assertTrue(subjects.find(MACHENG, inWuhan.id()).isEmpty());
  }

  @Test
  void anotherRegionsSettingsNeitherReplaceNorRevealARegionsOwn() {
    RegionCode a = RegionCode.of("429021");
    RegionCode b = RegionCode.of("429022");
    CreditSettings strict = new CreditSettings(new ScoreWeights(70, -30, -15, -5, 3, 12, 36),
        new RedListCriteria(5, 3, 90, 6));
    CreditSettings other = new CreditSettings(new ScoreWeights(70, -30, -15, -5, 3, 12, 36),
        new RedListCriteria(4, 2, 80, 12));
    settings.store(a, strict);
    assertEquals(CreditSettings.DEFAULT, settings.settings(b), "another region must not read them");
    settings.store(b, other);
    assertEquals(strict, settings.settings(a), "another region must not change them");
    assertEquals(other, settings.settings(b));
  }
}
