package cn.ggzy.server.infrastructure.persistence.jnosql;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
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
  private MongoDatabase database;

  protected VersionedWrites() {}

  @Inject
  public VersionedWrites(EntityConverter converter, MongoDatabase database) {
    this.converter = converter;
    this.database = database;
  }

  /** Replaces the stored document matching {@code guard}; false when none matched. */
  public boolean replace(Object entity, Bson guard) {
    CommunicationEntity communication = converter.toCommunication(entity);
    Document replacement = toDocument(communication.elements());
    UpdateResult result = database.getCollection(communication.name()).replaceOne(guard, replacement);
    return result.getMatchedCount() == 1;
  }

  public static Bson guard(String id, String tenantId, long expectedVersion) {
    return Filters.and(Filters.eq("_id", id), Filters.eq("tenantId", tenantId),
        Filters.eq("version", expectedVersion));
  }

  static Document toDocument(List<Element> elements) {
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
