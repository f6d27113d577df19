package cn.ggzy.server.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

/** Paging over JNoSQL entities that keeps the sort, skip and limit in the database. */
public final class Paging {
  private Paging() {}

  /**
   * One page of whole entities: the ids are filtered, sorted, skipped and limited in the database,
   * then the entities of that page are mapped by JNoSQL, in the page's order.
   */
  public static <T> List<T> page(MongoDatabase db, MongoDBTemplate template, String collection, Class<T> type,
      Function<T, String> id, Bson filter, Bson sort, int offset, int limit) {
    List<String> ids = new ArrayList<>();
    db.getCollection(collection).find(filter).projection(Projections.include("_id")).sort(sort).skip(offset)
        .limit(limit).forEach(d -> ids.add(d.get("_id").toString()));
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, T> loaded = template.<T>select(type, in("_id", ids)).collect(Collectors.toMap(id, t -> t));
    return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
  }

}
