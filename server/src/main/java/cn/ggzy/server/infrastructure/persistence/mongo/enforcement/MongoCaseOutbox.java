package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.notification.CaseOutbox;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The outboxes embedded in case documents, read and emptied with the driver. Waiting entries are
 * found through their marks ({@link CaseOutboxMarks}), never by searching the cases. Removing
 * delivered entries is a {@code $pull} that leaves the case's version alone, so officers never see
 * a concurrent-change error because a notification went out. An officer's write that raced with
 * the pull may put an entry back (and mark it again): it is then dispatched again under its id,
 * which is a no-op.
 */
@ApplicationScoped
public class MongoCaseOutbox implements CaseOutbox {
  /** A mark whose entry is not in its case this long after marking belongs to a failed case write. */
  static final long ABANDONED_MILLIS = 10 * 60_000L;
  private MongoConnection mongo;
  private CaseOutboxMarks marks;
  private Clock clock;

  protected MongoCaseOutbox() {}

  @Inject
  public MongoCaseOutbox(MongoConnection mongo, Clock clock) {
    this.mongo = mongo;
    this.marks = new CaseOutboxMarks(mongo);
    this.clock = clock;
  }

  @Override
  public List<Pending> pending(TenantId tenant, int limit) {
    Map<String, Set<String>> byCase = new LinkedHashMap<>();
    Map<String, Long> markedAt = new HashMap<>();
    for (Document mark : marks.of(tenant.value(), limit * 8)) {
      byCase.computeIfAbsent(mark.getString("caseId"), k -> new HashSet<>()).add(mark.getString("_id"));
      markedAt.put(mark.getString("_id"), ((Number) mark.get("at")).longValue());
    }
    List<Pending> found = new ArrayList<>();
    List<String> abandoned = new ArrayList<>();
    long now = clock.millis();
    List<String> cases = byCase.keySet().stream().limit(limit).toList();
    Map<String, List<Document>> entries = marks.entries(cases);
    for (String caseId : cases) {
      List<NotificationIntent> intents = new ArrayList<>();
      Set<String> missing = new HashSet<>(byCase.get(caseId));
      for (Document entry : entries.getOrDefault(caseId, List.of())) {
        if (missing.remove(entry.getString("id"))) {
          intents.add(intent(entry));
        }
      }
      missing.stream().filter(id -> now - markedAt.get(id) > ABANDONED_MILLIS).forEach(abandoned::add);
      if (!intents.isEmpty()) {
        found.add(new Pending(caseId, intents));
      }
    }
    marks.remove(abandoned);
    return found;
  }

  @Override
  public void delivered(TenantId tenant, String caseId, Collection<String> intentIds) {
    // by the case's id alone: the entries' ids are unique, and the case may have moved to another tenant
    mongo.database().getCollection(JnosqlCaseRepository.COLLECTION).updateOne(eq("_id", caseId),
        Updates.pull("outbox", in("id", List.copyOf(intentIds))));
    marks.remove(intentIds);
  }

  private static NotificationIntent intent(Document entry) {
    OutboxDoc doc = new OutboxDoc();
    doc.id = entry.getString("id");
    doc.kind = entry.getString("kind");
    doc.caseId = entry.getString("caseId");
    doc.number = entry.getString("number");
    doc.title = entry.getString("title");
    doc.titleEn = entry.getString("titleEn");
    doc.owner = entry.getString("owner");
    doc.at = ((Number) entry.get("at")).longValue();
    doc.actor = entry.getString("actor");
    doc.actorName = entry.getString("actorName");
    doc.due = entry.get("due") == null ? null : ((Number) entry.get("due")).longValue();
    doc.audiences = entry.getList("audiences", String.class, List.of());
    doc.outcome = entry.getString("outcome");
    return doc.toIntent();
  }
}
