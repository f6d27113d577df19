package cn.ggzy.server.infrastructure.persistence.mongo.review;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ModelText;
import cn.ggzy.server.domain.model.review.ModelTextRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;

/** Model texts, collection {@code review_model_texts}: one document per text, its clauses inside. */
@ApplicationScoped
public class MongoModelTextRepository implements ModelTextRepository {
  public static final String COLLECTION = "review_model_texts";
  private MongoDatabase database;

  protected MongoModelTextRepository() {}

  @Inject
  public MongoModelTextRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> texts() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "MT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  @Override
  public void store(RegionCode region, ModelText t) {
    if (!t.region().equals(region)) {
      throw new NotFoundException("modelTextId");
    }
    texts().insertOne(new Document("_id", t.id()).append("region", region.value()).append("name", t.name())
        .append("fileName", t.fileName()).append("by", t.by()).append("at", BsonFields.date(t.at()))
        .append("clauseCount", t.clauses().size())
        .append("clauses", t.clauses().stream().map(c -> new Document("n", c.number()).append("p", c.page())
            .append("g", c.paragraph()).append("o", c.offset()).append("t", c.text())).toList()));
  }

  @Override
  public Optional<ModelText> find(RegionCode region, String id) {
    return Optional.ofNullable(texts().find(new Document("_id", id).append("region", region.value())).first())
        .map(MongoModelTextRepository::text);
  }

  @Override
  public List<ModelText> list(RegionCode region) {
    return texts().find(eq("region", region.value())).projection(Projections.exclude("clauses"))
        .sort(Sorts.descending("at")).map(MongoModelTextRepository::text).into(new ArrayList<>());
  }

  private static ModelText text(Document d) {
    List<Clause> clauses = BsonFields.documents(d, "clauses").stream().map(c -> new Clause(c.getInteger("n"),
        c.getInteger("p"), c.getInteger("g"), c.getInteger("o"), c.getString("t"))).toList();
    return new ModelText(d.getString("_id"), RegionCode.of(d.getString("region")), d.getString("name"),
        d.getString("fileName"), clauses, d.getInteger("clauseCount", clauses.size()), d.getString("by"),
        BsonFields.instant(d, "at"));
  }
}
