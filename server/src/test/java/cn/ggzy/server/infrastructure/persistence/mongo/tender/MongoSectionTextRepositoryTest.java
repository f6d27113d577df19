package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.BidTexts;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionText;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/** Bid texts: stored compressed in their own collection with tenant and region, per department, replaced by key. */
class MongoSectionTextRepositoryTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private final SectionTextRepository repository = TestContainer.get(SectionTextRepository.class);
  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);

  @Test
  void aLargeTextIsStoredCompactlyAndReadBackExactly() {
    SectionKey section = new SectionKey("TXT-" + N.incrementAndGet(), "BD1");
    String text = (BidTexts.TEMPLATE + BidTexts.prose(7, 40) + "\n").repeat(20);
    assertEquals(Stored.NEW, repository.store(ZJJ, new SectionText(ZJJ, section, "914211810000000001", text, AT)));
    Document raw = database.getCollection(MongoSectionTextRepository.COLLECTION)
        .find(eq("_id", "421181-zjj/" + section + "/914211810000000001")).first();
    assertEquals("421181-zjj", raw.getString("tenantId"));
    assertEquals("421181", raw.getString("region"));
    assertTrue(raw.get("deflated", Binary.class).length() * 4 < text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
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
