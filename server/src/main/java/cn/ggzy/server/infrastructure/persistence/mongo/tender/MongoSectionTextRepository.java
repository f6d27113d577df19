package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.SectionText;
import cn.ggzy.server.domain.model.tender.SectionTextRepository;
import cn.ggzy.server.domain.model.tender.Stored;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Bid-document and template texts in their own collection ({@code section_texts}), one record per
 * section and bidder (or template), with tenant and region; the text is stored deflated (UTF-8,
 * zlib) with its SHA-256, so an identical re-import is recognised without reading the text.
 */
@ApplicationScoped
public class MongoSectionTextRepository implements SectionTextRepository {
  static final String COLLECTION = "section_texts";
  private static final String TEMPLATE = "~template";

  private MongoDatabase database;

  protected MongoSectionTextRepository() {}

  @Inject
  public MongoSectionTextRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> collection() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public Stored store(TenantId tenant, SectionText text) {
    if (!text.tenant().equals(tenant)) {
      throw new NotFoundException("tenant");
    }
    String id = tenant.value() + "/" + text.key();
    String digest = text.digest();
    Document earlier = collection().find(and(eq("_id", id), eq("tenantId", tenant.value())))
        .projection(Projections.include("digest")).first();
    if (earlier != null && digest.equals(earlier.getString("digest"))) {
      return Stored.UNCHANGED;
    }
    byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
    Document d = new Document("_id", id).append("tenantId", tenant.value())
        .append("region", tenant.region().value()).append("projectCode", text.section().projectCode())
        .append("sectionCode", text.section().sectionCode())
        .append("bidderCode", text.template() ? TEMPLATE : text.bidderCode()).append("digest", digest)
        .append("chars", text.text().length()).append("bytes", utf8.length).append("deflated", new Binary(deflate(utf8)))
        .append("importedAt", text.importedAt().toEpochMilli());
    collection().replaceOne(and(eq("_id", id), eq("tenantId", tenant.value())), d, new ReplaceOptions().upsert(true));
    return earlier == null ? Stored.NEW : Stored.REPLACED;
  }

  @Override
  public List<SectionText> bids(TenantId tenant, SectionKey section) {
    List<SectionText> texts = new ArrayList<>();
    for (Document d : collection().find(and(eq("tenantId", tenant.value()), eq("projectCode", section.projectCode()),
        eq("sectionCode", section.sectionCode())))) {
      if (!TEMPLATE.equals(d.getString("bidderCode"))) {
        texts.add(toText(tenant, section, d));
      }
    }
    texts.sort(Comparator.comparing(SectionText::bidderCode));
    return texts;
  }

  @Override
  public Optional<SectionText> template(TenantId tenant, SectionKey section) {
    return Optional.ofNullable(collection().find(and(eq("tenantId", tenant.value()),
            eq("projectCode", section.projectCode()), eq("sectionCode", section.sectionCode()),
            eq("bidderCode", TEMPLATE))).first())
        .map(d -> toText(tenant, section, d));
  }

  private static SectionText toText(TenantId tenant, SectionKey section, Document d) {
    String bidder = d.getString("bidderCode");
    byte[] utf8 = inflate(d.get("deflated", Binary.class).getData(), d.getInteger("bytes"));
    return new SectionText(tenant, section, TEMPLATE.equals(bidder) ? null : bidder,
        new String(utf8, StandardCharsets.UTF_8), Instant.ofEpochMilli(d.getLong("importedAt")));
  }

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  static byte[] inflate(byte[] data, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      byte[] out = new byte[length];
      int n = 0;
      while (n < length && !inflater.finished()) {
        int got = inflater.inflate(out, n, length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != length) {
        throw new IllegalStateException("stored text is damaged");
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalStateException("stored text is damaged", e);
    } finally {
      inflater.end();
    }
  }
}
