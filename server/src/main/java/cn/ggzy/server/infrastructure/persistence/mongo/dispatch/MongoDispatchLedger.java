package cn.ggzy.server.infrastructure.persistence.mongo.dispatch;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.dispatch.Fact;
import cn.ggzy.server.domain.model.dispatch.Metric;
import cn.ggzy.server.domain.model.dispatch.Tally;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The ledger's two collections. {@code dispatch_facts} holds one document per thing with its version
 * and its current facts; {@code dispatch_counters} one document per department and month
 * ({@code <tenant>|2026-11}) with the dated counts by day, metric and key
 * ({@code d.05.CASES_RECEIVED.COMPLAINT}), and one per department ({@code <tenant>|now}) with the
 * standing counts. A dashboard reads counter documents by their key only: a year of a region's five
 * departments is 65 exact reads, whatever the number of cases. {@code dispatch_lists} holds, per
 * department, dated metric, key and day, the things counted, and per month the days that have some, so
 * the list behind a figure is read by key too.
 *
 * <p>The facts document is read by its key and swapped by compare-and-set on its key and version (the
 * embedded server answers both from an index); the difference between the facts replaced and the new
 * ones is then added to the counters with {@code $inc}. A crash between the two loses that difference
 * until the thing is stored again.
 */
@ApplicationScoped
public class MongoDispatchLedger implements DispatchLedger {
  public static final String FACTS = "dispatch_facts";
  public static final String COUNTERS = "dispatch_counters";
  public static final String LISTS = "dispatch_lists";
  private MongoConnection mongo;
  private MongoDatabase database;

  protected MongoDispatchLedger() {}

  @Inject
  public MongoDispatchLedger(MongoConnection mongo) {
    this.mongo = mongo;
    this.database = mongo.database();
  }

  private MongoCollection<Document> facts() {
    return database.getCollection(FACTS);
  }

  private MongoCollection<Document> counters() {
    return database.getCollection(COUNTERS);
  }

  private MongoCollection<Document> lists() {
    return database.getCollection(LISTS);
  }

  @Override
  public void record(Counted thing, long version, Set<Fact> now) {
    String id = thing.kind() + ":" + thing.id();
    List<Document> stated = new ArrayList<>();
    for (Fact f : now) {
      stated.add(new Document("t", f.department().value()).append("d", f.day() == null ? null : f.day().toString())
          .append("m", f.metric().name()).append("k", f.key()));
    }
    Document doc = new Document("_id", id).append("v", version).append("kind", thing.kind())
        .append("ref", thing.id()).append("label", thing.label()).append("f", stated);
    MongoCollection<Document> facts = facts();
    mongo.keyIndex(facts, List.of("_id", "v"));
    Document before = null;
    for (int attempt = 0; ; attempt++) {
      // exact-key reads and a compare-and-set on (_id, v): answered from an index, never a scan
      before = facts.find(new Document("_id", id)).first();
      if (before != null && BsonFields.number(before, "v") >= version) {
        return; // this or a newer version was recorded already
      }
      if (swapped(facts, before, doc)) {
        break;
      }
      if (attempt == 8) {
        throw new IllegalStateException("the facts of " + id + " keep changing under this write");
      }
    }
    Set<Fact> old = before == null ? Set.of() : parse(before);
    Set<Fact> added = new HashSet<>(now);
    added.removeAll(old);
    Set<Fact> removed = new HashSet<>(old);
    removed.removeAll(now);
    Map<String, List<Bson>> changes = new HashMap<>();
    for (Fact f : added) {
      changes.computeIfAbsent(counterId(f), k -> new ArrayList<>()).add(Updates.inc(path(f), 1));
    }
    for (Fact f : removed) {
      changes.computeIfAbsent(counterId(f), k -> new ArrayList<>()).add(Updates.inc(path(f), -1));
    }
    changes.forEach((counter, incs) -> counters().updateOne(new Document("_id", counter), Updates.combine(incs),
        new UpdateOptions().upsert(true)));
    // the lists behind the dated figures: one small document per department, metric, key and day, and
    // per month the days that have one (kept small, so that the embedded store rewrites little)
    for (Fact f : removed) {
      if (f.day() != null) {
        lists().updateOne(new Document("_id", listId(f) + "-" + day(f)), Updates.pull("e", id));
      }
    }
    for (Fact f : added) {
      if (f.day() != null) {
        lists().updateOne(new Document("_id", listId(f) + "-" + day(f)), Updates.addToSet("e", id),
            new UpdateOptions().upsert(true));
        lists().updateOne(new Document("_id", listId(f)), Updates.addToSet("days", day(f)),
            new UpdateOptions().upsert(true));
      }
    }
  }

  /** The month list's key: department, metric, key and month ({@code 421181-zjj|CASES_RECEIVED|COMPLAINT|2026-11}). */
  private static String listId(Fact f) {
    return f.department().value() + "|" + f.metric().name() + "|" + f.key() + "|" + YearMonth.from(f.day());
  }

  private static String day(Fact f) {
    return String.format("%02d", f.day().getDayOfMonth());
  }

  /** Inserts the first version or replaces the one read; false when another writer came first. */
  private static boolean swapped(MongoCollection<Document> facts, Document before, Document doc) {
    if (before == null) {
      try {
        facts.insertOne(doc);
        return true;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          return false;
        }
        throw e;
      }
    }
    Document guard = new Document("_id", before.get("_id")).append("v", before.get("v"));
    return facts.replaceOne(guard, doc).getMatchedCount() == 1;
  }

  private static Set<Fact> parse(Document d) {
    Set<Fact> out = new HashSet<>();
    for (Object o : d.getList("f", Object.class, List.of())) {
      Document f = (Document) o;
      String day = f.getString("d");
      out.add(new Fact(TenantId.of(f.getString("t")), day == null ? null : LocalDate.parse(day),
          Metric.valueOf(f.getString("m")), f.getString("k")));
    }
    return out;
  }

  private static String counterId(Fact f) {
    return f.department().value() + "|" + (f.day() == null ? "now" : YearMonth.from(f.day()).toString());
  }

  private static String path(Fact f) {
    String day = f.day() == null ? "s" : "d." + String.format("%02d", f.day().getDayOfMonth());
    return day + "." + f.metric().name() + "." + f.key();
  }

  @Override
  public boolean backfilled(RegionCode region) {
    return counters().find(new Document("_id", "backfill|" + region.value())).first() != null;
  }

  @Override
  public void markBackfilled(RegionCode region, Instant at, long things) {
    counters().replaceOne(new Document("_id", "backfill|" + region.value()), new Document("_id",
        "backfill|" + region.value()).append("at", BsonFields.date(at)).append("things", things),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Tally dated(RegionCode region, Collection<TenantId> departments, LocalDate from, LocalDate to) {
    Tally tally = new Tally();
    for (TenantId t : of(region, departments)) {
      for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
        Document counter = counters().find(new Document("_id", t.value() + "|" + m)).first();
        if (counter == null) {
          continue;
        }
        Document days = counter.get("d", Document.class);
        if (days == null) {
          continue;
        }
        for (Map.Entry<String, Object> day : days.entrySet()) {
          LocalDate date = m.atDay(Integer.parseInt(day.getKey()));
          if (!date.isBefore(from) && !date.isAfter(to)) {
            add(tally, t.value(), (Document) day.getValue());
          }
        }
      }
    }
    return tally;
  }

  @Override
  public Map<YearMonth, Tally> monthly(RegionCode region, Collection<TenantId> departments, YearMonth from,
      YearMonth to) {
    Map<YearMonth, Tally> out = new TreeMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.put(m, new Tally());
    }
    for (TenantId t : of(region, departments)) {
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        Document counter = counters().find(new Document("_id", t.value() + "|" + m)).first();
        if (counter != null && counter.get("d") instanceof Document days) {
          for (Object day : days.values()) {
            add(out.get(m), t.value(), (Document) day);
          }
        }
      }
    }
    return out;
  }

  @Override
  public Tally standing(RegionCode region, Collection<TenantId> departments) {
    Tally tally = new Tally();
    for (TenantId t : of(region, departments)) {
      Document counter = counters().find(new Document("_id", t.value() + "|now")).first();
      if (counter != null && counter.get("s") instanceof Document s) {
        add(tally, t.value(), s);
      }
    }
    return tally;
  }

  /** The departments of the region only: a read never reaches another region's counters. */
  private static List<TenantId> of(RegionCode region, Collection<TenantId> departments) {
    return departments.stream().filter(t -> t.region().equals(region)).distinct().toList();
  }

  private static void add(Tally tally, String department, Document metrics) {
    for (Map.Entry<String, Object> m : metrics.entrySet()) {
      Metric metric;
      try {
        metric = Metric.valueOf(m.getKey());
      } catch (IllegalArgumentException retired) {
        continue;
      }
      for (Map.Entry<String, Object> k : ((Document) m.getValue()).entrySet()) {
        tally.add(department, metric, k.getKey(), ((Number) k.getValue()).longValue());
      }
    }
  }

  @Override
  public List<Counted> behind(RegionCode region, Collection<TenantId> departments, Metric metric, Set<String> keys,
      LocalDate from, LocalDate to, int limit) {
    List<TenantId> tenants = of(region, departments);
    if (tenants.isEmpty()) {
      return List.of();
    }
    if (!metric.dated()) {
      return standingBehind(tenants, metric, keys, limit);
    }
    // dated: per month (newest first) the days that have a list, then those days' lists, until the limit
    List<String> things = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YearMonth m = YearMonth.from(to); !m.isBefore(YearMonth.from(from)) && things.size() < limit;
        m = m.minusMonths(1)) {
      for (TenantId t : tenants) {
        for (String k : keys) {
          String month = t.value() + "|" + metric.name() + "|" + k + "|" + m;
          Document index = lists().find(new Document("_id", month)).first();
          if (index == null) {
            continue;
          }
          List<String> days = new ArrayList<>(index.getList("days", String.class, List.of()));
          days.sort(Comparator.reverseOrder());
          for (String d : days) {
            LocalDate day = m.atDay(Integer.parseInt(d));
            if (day.isBefore(from) || day.isAfter(to) || things.size() >= limit) {
              continue;
            }
            Document list = lists().find(new Document("_id", month + "-" + d)).first();
            for (String thing : list == null ? List.<String>of() : list.getList("e", String.class, List.of())) {
              if (things.size() < limit && seen.add(thing)) {
                things.add(thing);
              }
            }
          }
        }
      }
    }
    List<Counted> out = new ArrayList<>();
    for (String thing : things) {
      Document d = facts().find(new Document("_id", thing)).projection(new Document("kind", 1).append("ref", 1)
          .append("label", 1)).first();
      if (d != null) {
        out.add(new Counted(d.getString("kind"), d.getString("ref"), d.getString("label")));
      }
    }
    return out;
  }

  /** The things standing in a state now: read from their facts (a scan on the embedded server). */
  private List<Counted> standingBehind(List<TenantId> tenants, Metric metric, Set<String> keys, int limit) {
    Bson fact = and(in("t", tenants.stream().map(TenantId::value).toList()), eq("m", metric.name()),
        in("k", keys), eq("d", null));
    List<Counted> out = new ArrayList<>();
    facts().find(elemMatch("f", fact)).projection(new Document("kind", 1).append("ref", 1).append("label", 1))
        .limit(limit).forEach(d -> out.add(new Counted(d.getString("kind"), d.getString("ref"), d.getString("label"))));
    return out;
  }

}
