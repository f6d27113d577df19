package cn.ggzy.server.infrastructure.persistence.mongo.rigging;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.rigging.LabelSource;
import cn.ggzy.server.domain.model.rigging.RegionModel;
import cn.ggzy.server.domain.model.rigging.RegionModelStatus;
import cn.ggzy.server.domain.model.rigging.RiggingLearningRepository;
import cn.ggzy.server.domain.model.rigging.TenderLabel;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.persistence.mongo.Inserts;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Labels in {@code tender_labels} (one per department and section: its key is the id) and model runs
 * in {@code region_models} (one per region and version).
 */
@ApplicationScoped
public class MongoRiggingLearningRepository implements RiggingLearningRepository {
  public static final String LABELS = "tender_labels";
  public static final String MODELS = "region_models";
  private MongoDatabase database;

  protected MongoRiggingLearningRepository() {}

  @Inject
  public MongoRiggingLearningRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> labels() {
    return database.getCollection(LABELS);
  }

  private MongoCollection<Document> models() {
    return database.getCollection(MODELS);
  }

  @Override
  public void storeLabel(TenantId department, TenderLabel label) {
    if (!label.department().equals(department)) {
      throw new IllegalArgumentException("a label is stored by its own department");
    }
    Document doc = new Document("_id", label.tenderKey()).append("tenantId", department.value())
        .append("region", department.region().value()).append("projectCode", label.section().projectCode())
        .append("sectionCode", label.section().sectionCode()).append("rigged", label.rigged())
        .append("source", label.source().name()).append("reference", label.reference())
        .append("reason", label.reason()).append("by", label.by()).append("at", BsonFields.date(label.at()));
    labels().replaceOne(eq("_id", label.tenderKey()), doc, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<TenderLabel> label(TenantId department, SectionKey section) {
    return Optional.ofNullable(labels().find(eq("_id", TenderLabel.keyOf(department, section))).first())
        .map(MongoRiggingLearningRepository::label);
  }

  @Override
  public List<TenderLabel> labels(RegionCode region) {
    return labels().find(eq("region", region.value())).sort(Sorts.ascending("at", "_id"))
        .map(MongoRiggingLearningRepository::label).into(new ArrayList<>());
  }

  private static TenderLabel label(Document d) {
    return new TenderLabel(TenantId.of(d.getString("tenantId")),
        new SectionKey(d.getString("projectCode"), d.getString("sectionCode")), d.getBoolean("rigged"),
        LabelSource.valueOf(d.getString("source")), d.getString("reference"), d.getString("reason"),
        d.getString("by"), BsonFields.instant(d, "at"));
  }

  @Override
  public boolean addModel(RegionCode region, RegionModel m) {
    return Inserts.ifAbsent(models(), document(region, m));
  }

  @Override
  public void storeModel(RegionCode region, RegionModel m) {
    models().replaceOne(eq("_id", m.name()), document(region, m), new ReplaceOptions().upsert(true));
  }

  private static Document document(RegionCode region, RegionModel m) {
    if (!m.region().equals(region)) {
      throw new IllegalArgumentException("a model is stored by its own region");
    }
    String id = m.name();
    return new Document("_id", id).append("region", region.value()).append("version", m.version())
        .append("trainedAt", BsonFields.date(m.trainedAt())).append("trainedBy", m.trainedBy()).append("seed", m.seed())
        .append("positives", m.positives()).append("negatives", m.negatives())
        .append("candidateAuc", m.candidateAuc()).append("indexAuc", m.indexAuc())
        .append("bidderInputs", m.bidderInputs()).append("weights", m.weights()).append("labels", m.labels())
        .append("status", m.status().name());
  }

  @Override
  public List<RegionModel> models(RegionCode region) {
    return models().find(eq("region", region.value())).sort(Sorts.descending("version"))
        .map(MongoRiggingLearningRepository::model).into(new ArrayList<>());
  }

  private static RegionModel model(Document d) {
    return new RegionModel(RegionCode.of(d.getString("region")), d.getInteger("version"),
        BsonFields.instant(d, "trainedAt"), d.getString("trainedBy"), BsonFields.number(d, "seed"),
        d.getInteger("positives"), d.getInteger("negatives"), d.getDouble("candidateAuc"), d.getDouble("indexAuc"),
        d.getBoolean("bidderInputs"), d.getList("weights", Double.class), BsonFields.strings(d, "labels"),
        RegionModelStatus.valueOf(d.getString("status")));
  }
}
