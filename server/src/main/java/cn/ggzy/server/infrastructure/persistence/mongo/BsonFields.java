package cn.ggzy.server.infrastructure.persistence.mongo;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * Small conversions between stored BSON values and the domain's types, and the versioned write the
 * collections of the expert pool and the document reviews share.
 */
public final class BsonFields {
  private BsonFields() {}

  /**
   * Stores {@code doc} (its {@code version} already the next one): inserted when {@code readVersion}
   * is 0, else replaced only where id, owner ({@code ownerField}) and the version read all match. A
   * duplicate key on insert is {@code duplicate}'s refusal; a replace that matches nothing is a
   * concurrent change when the owner's document exists, else not found ({@code what + "Id"}).
   */
  public static void storeVersioned(MongoCollection<Document> collection, Document doc, String ownerField, long readVersion,
      Supplier<? extends RuntimeException> duplicate, String what) {
    if (readVersion == 0) {
      try {
        collection.insertOne(doc);
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          throw duplicate.get();
        }
        throw e;
      }
      return;
    }
    Document owned = new Document("_id", doc.get("_id")).append(ownerField, doc.get(ownerField));
    if (collection.replaceOne(new Document(owned).append("version", readVersion), doc).getMatchedCount() == 0) {
      if (collection.find(owned).projection(new Document("_id", 1)).first() != null) {
        throw new ConcurrentChangeException(what);
      }
      throw new NotFoundException(what + "Id");
    }
  }

  public static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  public static Instant instant(Document d, String key) {
    Date date = d.getDate(key);
    return date == null ? null : date.toInstant();
  }

  public static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  public static LocalDate localDate(Document d, String key) {
    String s = d.getString(key);
    return s == null ? null : LocalDate.parse(s);
  }

  public static List<String> strings(Document d, String key) {
    List<String> list = d.getList(key, String.class);
    return list == null ? List.of() : list;
  }

  public static List<Document> documents(Document d, String key) {
    List<Document> list = d.getList(key, Document.class);
    return list == null ? List.of() : list;
  }

  public static long number(Document d, String key) {
    Object v = d.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }

  /**
   * {@code text} as a literal regular expression (quoted), without the NUL characters a BSON regular
   * expression cannot hold (a search for "a\0b" looks for "ab").
   */
  public static String quoted(String text) {
    return Pattern.quote(text.replace("\u0000", ""));
  }
}
