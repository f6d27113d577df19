package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Small conversions between stored BSON values and the domain's types. */
final class BsonFields {
  private BsonFields() {}

  static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  static Instant instant(Document d, String key) {
    Date date = d.getDate(key);
    return date == null ? null : date.toInstant();
  }

  static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  static LocalDate localDate(Document d, String key) {
    String s = d.getString(key);
    return s == null ? null : LocalDate.parse(s);
  }

  static List<String> strings(Document d, String key) {
    List<String> list = d.getList(key, String.class);
    return list == null ? List.of() : list;
  }

  static List<Document> documents(Document d, String key) {
    List<Document> list = d.getList(key, Document.class);
    return list == null ? List.of() : list;
  }

  static long number(Document d, String key) {
    Object v = d.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
