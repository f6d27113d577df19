package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.tender.Participation;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.Paging;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.result.UpdateResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.communication.semistructured.CommunicationEntity;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/** Imported bids; a bid is replaced (upsert under its id) when the same section and bidder come again. */
@ApplicationScoped
public class JnosqlTenderBidRepository implements TenderBidRepository {
  static final String COLLECTION = "tender_bids";

  private MongoDBTemplate template;
  private EntityConverter converter;
  private MongoDatabase database;

  protected JnosqlTenderBidRepository() {}

  @Inject
  public JnosqlTenderBidRepository(MongoDBTemplate template, EntityConverter converter, MongoDatabase database) {
    this.template = template;
    this.converter = converter;
    this.database = database;
  }

  @Override
  public boolean store(TenantId tenant, TenderBid bid) {
    if (!bid.tenant().equals(tenant)) {
      throw new NotFoundException("tenant");
    }
    TenderBidDocument document = TenderBidDocument.of(bid);
    CommunicationEntity entity = converter.toCommunication(document);
    UpdateResult result = database.getCollection(COLLECTION).replaceOne(
        and(eq("_id", document.id), eq("tenantId", tenant.value())),
        VersionedWrites.toDocument(entity.elements()), new ReplaceOptions().upsert(true));
    return result.getMatchedCount() == 1;
  }

  @Override
  public Optional<TenderBid> find(TenantId tenant, String key) {
    return template.<TenderBidDocument>select(TenderBidDocument.class,
        and(eq("tenantId", tenant.value()), eq("_id", TenderBidDocument.idOf(tenant, key == null ? "" : key))))
        .findFirst().map(TenderBidDocument::toBid);
  }

  @Override
  public List<TenderBid> section(TenantId tenant, SectionKey section) {
    return template.<TenderBidDocument>select(TenderBidDocument.class, and(eq("tenantId", tenant.value()),
            eq("projectCode", section.projectCode()), eq("sectionCode", section.sectionCode())))
        .map(TenderBidDocument::toBid).sorted(Comparator.comparing(TenderBid::bidderCode)).toList();
  }

  @Override
  public long count(TenantId tenant) {
    return template.count(TenderBidDocument.class, eq("tenantId", tenant.value()));
  }

  @Override
  public List<TenderBid> page(TenantId tenant, int offset, int limit) {
    Bson filter = eq("tenantId", tenant.value());
    return Paging.page(database, template, COLLECTION, TenderBidDocument.class, d -> d.id, filter,
        Sorts.ascending("_id"), offset, limit).stream().map(TenderBidDocument::toBid).toList();
  }

  @Override
  public List<Participation> participations(TenantId tenant) {
    return participations(eq("tenantId", tenant.value()));
  }

  @Override
  public List<Participation> participations(OfficeScope scope) {
    return participations(eq("region", scope.region().value()));
  }

  @Override
  public String version(TenantId tenant) {
    return version(eq("tenantId", tenant.value()));
  }

  @Override
  public String version(OfficeScope scope) {
    return version(eq("region", scope.region().value()));
  }

  @Override
  public boolean anyBidOfProject(TenantId tenant, String projectCode) {
    return database.getCollection(COLLECTION).find(and(eq("tenantId", tenant.value()), eq("projectCode", projectCode)))
        .projection(Projections.include("_id")).limit(1).first() != null;
  }

  /** Only the fields the network needs, read straight from the collection (no trace, no mapping). */
  private List<Participation> participations(Bson filter) {
    List<Participation> rows = new ArrayList<>();
    for (Document d : database.getCollection(COLLECTION).find(filter).projection(Projections.include("tenantId",
        "projectCode", "projectName", "sectionCode", "sectionName", "bidderCode", "bidderName", "winner"))) {
      rows.add(new Participation(TenantId.of(d.getString("tenantId")), d.getString("projectCode"),
          d.getString("projectName"), d.getString("sectionCode"), d.getString("sectionName"),
          d.getString("bidderCode"), d.getString("bidderName"), Boolean.TRUE.equals(d.getBoolean("winner"))));
    }
    return rows;
  }

  private String version(Bson filter) {
    long count = database.getCollection(COLLECTION).countDocuments(filter);
    Document latest = database.getCollection(COLLECTION).find(filter).projection(Projections.include("importedAt"))
        .sort(Sorts.descending("importedAt")).limit(1).first();
    Object at = latest == null ? null : latest.get("importedAt");
    return count + "@" + at;
  }
}
