package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.conversions.Bson;

/** Filters and paging shared by the credit repositories. */
public final class CreditQueries {
  private CreditQueries() {}

  /** Published on {@code today}: the period (inclusive days) contains it and it was not removed by then. */
  static Bson publishedOn(String removedField, LocalDate today) {
    long day = today.toEpochDay();
    return and(lte("startDay", day), gte("endDay", day), or(eq(removedField, null), gt(removedField, day)));
  }

  /** Part of the name, or the start of the credit code; never the ID number of a natural person. */
  static Bson nameOrCode(String text) {
    return or(regex("subjectName", BsonFields.quoted(text)),
        regex("creditCode", "^" + BsonFields.quoted(text.toUpperCase(Locale.ROOT))));
  }

  static Bson all(List<Bson> parts) {
    return parts.size() == 1 ? parts.get(0) : and(parts);
  }

  static List<String> distinct(MongoDatabase db, String collection, String field, Bson filter) {
    List<String> values = new ArrayList<>();
    db.getCollection(collection).find(filter).projection(Projections.include(field)).forEach(d -> {
      Object v = d.get(field);
      if (v != null && !values.contains(v.toString())) {
        values.add(v.toString());
      }
    });
    return values;
  }

  static SubjectIdentity identity(String kind, String name, String creditCode, String residentId) {
    if (kind == null) {
      return null;
    }
    return new SubjectIdentity(SubjectKind.valueOf(kind), name, creditCode == null ? null : new CreditCode(creditCode),
        residentId == null ? null : new ResidentId(residentId));
  }

  static String code(SubjectIdentity identity) {
    return identity == null || identity.creditCode() == null ? null : identity.creditCode().value();
  }

  static String residentId(SubjectIdentity identity) {
    return identity == null || identity.residentId() == null ? null : identity.residentId().value();
  }

}
