package cn.ggzy.server.infrastructure.persistence.mongo.dispatch;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.dispatch.DispatchReport;
import cn.ggzy.server.domain.model.dispatch.DispatchReportRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/** Reports in {@code dispatch_reports}, one document each ({@code <region>|<id>}) with both files as binaries. */
@ApplicationScoped
public class MongoDispatchReportRepository implements DispatchReportRepository {
  public static final String COLLECTION = "dispatch_reports";
  private MongoDatabase database;

  protected MongoDispatchReportRepository() {}

  @Inject
  public MongoDispatchReportRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> reports() {
    return database.getCollection(COLLECTION);
  }

  private static String key(RegionCode region, String id) {
    return region.value() + "|" + id;
  }

  @Override
  public boolean add(DispatchReport r) {
    Document d = new Document("_id", key(r.region(), r.id())).append("id", r.id()).append("region", r.region().value())
        .append("kind", r.kind()).append("from", BsonFields.day(r.from())).append("to", BsonFields.day(r.to()))
        .append("generatedAt", BsonFields.date(r.generatedAt())).append("generatedBy", r.generatedBy())
        .append("pdfSize", (long) r.pdf().length).append("workbookSize", (long) r.workbook().length)
        .append("pdf", new Binary(r.pdf())).append("workbook", new Binary(r.workbook()));
    try {
      reports().insertOne(d);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean exists(RegionCode region, String id) {
    return reports().find(eq("_id", key(region, id))).projection(Projections.include("_id")).first() != null;
  }

  @Override
  public Optional<DispatchReport> find(RegionCode region, String id) {
    return Optional.ofNullable(reports().find(eq("_id", key(region, id))).first()).map(d -> report(d, true));
  }

  @Override
  public List<DispatchReport> list(RegionCode region, int limit) {
    return reports().find(eq("region", region.value())).projection(Projections.exclude("pdf", "workbook"))
        .sort(Sorts.descending("generatedAt")).limit(limit).map(d -> report(d, false)).into(new ArrayList<>());
  }

  private static DispatchReport report(Document d, boolean contents) {
    return new DispatchReport(d.getString("id"), RegionCode.of(d.getString("region")), d.getString("kind"),
        BsonFields.localDate(d, "from"), BsonFields.localDate(d, "to"), BsonFields.instant(d, "generatedAt"),
        d.getString("generatedBy"), BsonFields.number(d, "pdfSize"), BsonFields.number(d, "workbookSize"),
        contents ? d.get("pdf", Binary.class).getData() : null,
        contents ? d.get("workbook", Binary.class).getData() : null);
  }
}
