package cn.ggzy.server.infrastructure.persistence.jnosql;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import cn.ggzy.server.domain.model.notification.CaseOutbox;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * The outboxes embedded in case documents, read and emptied with the driver. Removing delivered entries is a {@code $pull} that leaves the case's version
 * alone, so officers never see a concurrent-change error because a notification went out. An
 * officer's write that raced with the pull may put an entry back: it is then stored again under
 * its id, which is a no-op.
 */
@ApplicationScoped
public class JnosqlCaseOutbox implements CaseOutbox {
  private MongoDatabase database;

  protected JnosqlCaseOutbox() {}

  @Inject
  public JnosqlCaseOutbox(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public List<Pending> pending(TenantId tenant, int limit) {
    List<Pending> found = new ArrayList<>();
    cases().find(and(eq("tenantId", tenant.value()), exists("outbox.0")))
        .projection(Projections.include("outbox")).limit(limit)
        .forEach(d -> found.add(new Pending(d.getString("_id"), intents(d))));
    return found;
  }

  @Override
  public void delivered(TenantId tenant, String caseId, Collection<String> intentIds) {
    cases().updateOne(and(eq("_id", caseId), eq("tenantId", tenant.value())),
        Updates.pull("outbox", in("id", List.copyOf(intentIds))));
  }

  private static List<NotificationIntent> intents(Document d) {
    List<NotificationIntent> intents = new ArrayList<>();
    for (Document entry : d.getList("outbox", Document.class, List.of())) {
      OutboxDoc doc = new OutboxDoc();
      doc.id = entry.getString("id");
      doc.kind = entry.getString("kind");
      doc.caseId = entry.getString("caseId");
      doc.number = entry.getString("number");
      doc.title = entry.getString("title");
      doc.owner = entry.getString("owner");
      doc.at = ((Number) entry.get("at")).longValue();
      doc.actor = entry.getString("actor");
      doc.actorName = entry.getString("actorName");
      doc.due = entry.get("due") == null ? null : ((Number) entry.get("due")).longValue();
      doc.audiences = entry.getList("audiences", String.class, List.of());
      intents.add(doc.toIntent());
    }
    return intents;
  }

  private MongoCollection<Document> cases() {
    return database.getCollection(JnosqlCaseRepository.COLLECTION);
  }
}
