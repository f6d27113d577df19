package cn.ggzy.server.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.result.UpdateResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CommunicationEntity;
import org.eclipse.jnosql.communication.semistructured.Element;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/**
 * Compare-and-set replacement of a JNoSQL entity: JNoSQL's {@code update} replaces by id only, so
 * a tenant- and version-guarded write maps the entity with JNoSQL's own converter and replaces
 * it with the driver under a filter on tenant and expected version. Nothing is ever overwritten
 * that someone else changed in between.
 */
@ApplicationScoped
public class VersionedWrites {
  private EntityConverter converter;
  private MongoConnection mongo;

  protected VersionedWrites() {}

  @Inject
  public VersionedWrites(EntityConverter converter, MongoConnection mongo) {
    this.converter = converter;
    this.mongo = mongo;
  }

  /**
   * Replaces the stored document matching {@code guard} (exact values by field, as made by
   * {@link #guard} and {@link #owned}); false when none matched.
   */
  public boolean replace(Object entity, Document guard) {
    CommunicationEntity communication = converter.toCommunication(entity);
    Document replacement = toDocument(communication.elements());
    MongoCollection<Document> collection = mongo.database().getCollection(communication.name());
    mongo.keyIndex(collection, guard.keySet());
    UpdateResult result = collection.replaceOne(guard, replacement);
    return result.getMatchedCount() == 1;
  }

  /**
   * The compare-and-set filter: this id, of this tenant, at the version read. A plain document of
   * exact values (not {@code $and}), which every MongoDB answers from an index by key.
   */
  public static Document guard(String id, String tenantId, long expectedVersion) {
    return owned(id, tenantId).append("version", expectedVersion);
  }

  /** The filter of one document of one tenant, by exact values. */
  public static Document owned(String id, String tenantId) {
    return new Document("_id", id).append("tenantId", tenantId);
  }

  public static Document toDocument(List<Element> elements) {
    Document document = new Document();
    for (Element element : elements) {
      document.append(element.name(), toValue(element.get()));
    }
    return document;
  }

  private static Object toValue(Object value) {
    if (value instanceof Element element) {
      return new Document(element.name(), toValue(element.get()));
    }
    if (value instanceof Iterable<?> iterable) {
      List<Object> items = new ArrayList<>();
      iterable.forEach(items::add);
      if (!items.isEmpty() && items.stream().allMatch(Element.class::isInstance)) {
        return toDocument(items.stream().map(Element.class::cast).toList());
      }
      return items.stream().map(VersionedWrites::toValue).toList();
    }
    return value;
  }
}
