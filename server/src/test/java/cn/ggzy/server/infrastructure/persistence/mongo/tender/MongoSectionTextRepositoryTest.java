package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.rigging.BidTexts;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionText;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/**
 * Bid texts: stored compressed in their own collection with tenant and region, per department, replaced by
 * key; held to the isolation contract with the natural key as id. The port reads one section at a time, so
 * {@code list} and {@code count} read the sections of every text this test made.
 */
class MongoSectionTextRepositoryTest extends TenantIsolationContract<SectionText, String> {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private final SectionTextRepository repository = TestContainer.get(SectionTextRepository.class);
  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);
  private final Map<String, SectionText> known = new LinkedHashMap<>();

  @Override
  protected SectionText newAggregate(TenantId tenant) {
    SectionText t = new SectionText(tenant, new SectionKey("ISO-TXT-" + N.incrementAndGet(), "BD1"),
        "914211810000000001", "隔离测试的技术标正文，足够长以便比较。", AT);
    known.put(t.key(), t);
    return t;
  }

  @Override
  protected String idOf(SectionText aggregate) {
    return aggregate.key();
  }

  @Override
  protected void store(TenantId tenant, SectionText aggregate) {
    assertEquals(Stored.NEW, repository.store(tenant, aggregate));
  }

  @Override
  protected Optional<SectionText> find(TenantId tenant, String key) {
    SectionText t = known.get(key);
    return (t.template() ? repository.template(tenant, t.section()).stream()
        : repository.bids(tenant, t.section()).stream()).filter(x -> x.key().equals(key)).findFirst();
  }

  @Override
  protected long count(TenantId tenant) {
    return list(tenant).size();
  }

  @Override
  protected List<SectionText> list(TenantId tenant) {
    return known.values().stream().map(SectionText::section).distinct()
        .flatMap(s -> Stream.concat(repository.bids(tenant, s).stream(), repository.template(tenant, s).stream()))
        .toList();
  }

  /** Imports a revised text under the same key as {@code tenant}; true when the owner's text changed. */
  @Override
  protected boolean tryModify(TenantId tenant, String key) {
    SectionText t = known.get(key);
    String revised = t.text() + "（" + tenant.value() + "修订）";
    try {
      repository.store(tenant, new SectionText(tenant, t.section(), t.bidderCode(), revised, AT));
    } catch (NotFoundException refused) {
      return false;
    }
    return find(t.tenant(), key).map(x -> x.text().equals(revised)).orElse(true);
  }

  @Test
  void aTextOfAnotherDepartmentIsRefusedAndTheTemplateStaysTheOwners() {
    SectionText a = newAggregate(DEPARTMENT_A);
    store(DEPARTMENT_A, a);
    assertThrows(NotFoundException.class, () -> repository.store(DEPARTMENT_B, a));
    SectionText template = new SectionText(DEPARTMENT_A, a.section(), null, "招标文件范本", AT);
    assertEquals(Stored.NEW, repository.store(DEPARTMENT_A, template));
    assertEquals(Stored.NEW, repository.store(DEPARTMENT_B, new SectionText(DEPARTMENT_B, a.section(), null,
        "另一部门的范本", AT)));
    assertEquals("招标文件范本", repository.template(DEPARTMENT_A, a.section()).orElseThrow().text());
    assertEquals(List.of(a), repository.bids(DEPARTMENT_A, a.section()));
  }

  @Test
  void aLargeTextIsStoredCompactlyAndReadBackExactly() {
    SectionKey section = new SectionKey("TXT-" + N.incrementAndGet(), "BD1");
    String text = (BidTexts.TEMPLATE + BidTexts.prose(7, 40) + "\n").repeat(20);
    assertEquals(Stored.NEW, repository.store(ZJJ, new SectionText(ZJJ, section, "914211810000000001", text, AT)));
    Document raw = database.getCollection(MongoSectionTextRepository.COLLECTION)
        .find(eq("_id", "421181-zjj/" + section + "/914211810000000001")).first();
    assertEquals("421181-zjj", raw.getString("tenantId"));
    assertEquals("421181", raw.getString("region"));
    assertTrue(raw.get("deflated", Binary.class).length() * 4 < text.getBytes(StandardCharsets.UTF_8)
        .length, "stored compressed");
    assertEquals(text, repository.bids(ZJJ, section).get(0).text());
  }

  @Test
  void theSameKeyReplacesAnIdenticalTextIsUnchangedAndAnotherDepartmentSeesNothing() {
    SectionKey section = new SectionKey("TXT-" + N.incrementAndGet(), "BD1");
    SectionText first = new SectionText(ZJJ, section, "914211810000000001", "甲的技术标正文", AT);
    assertEquals(Stored.NEW, repository.store(ZJJ, first));
    assertEquals(Stored.UNCHANGED, repository.store(ZJJ, first));
    assertEquals(Stored.REPLACED, repository.store(ZJJ, new SectionText(ZJJ, section, "914211810000000001",
        "甲的技术标正文（修订）", AT)));
    assertEquals(Stored.NEW, repository.store(ZJJ, new SectionText(ZJJ, section, null, "招标文件范本", AT)));
    assertEquals(1, repository.bids(ZJJ, section).size(), "the template is not a bid");
    assertEquals("甲的技术标正文（修订）", repository.bids(ZJJ, section).get(0).text());
    assertEquals("招标文件范本", repository.template(ZJJ, section).orElseThrow().text());
    assertTrue(repository.bids(JTJ, section).isEmpty());
    assertTrue(repository.template(JTJ, section).isEmpty());
  }
}
