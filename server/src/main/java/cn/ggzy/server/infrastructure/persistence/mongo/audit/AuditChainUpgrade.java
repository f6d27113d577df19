package cn.ggzy.server.infrastructure.persistence.mongo.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import cn.ggzy.server.domain.model.audit.AuditChain;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bson.Document;

/**
 * Start-up step for data written before the audit trail was chained: links every entry without a
 * sequence, oldest first, at the end of its tenant's chain, so that the unique (tenant, sequence)
 * index can be built. Does nothing once every entry is chained.
 */
public final class AuditChainUpgrade {
  private static final Logger LOG = Logger.getLogger(AuditChainUpgrade.class.getName());

  private AuditChainUpgrade() {}

  public static void chainUnlinkedEntries(MongoDatabase db) {
    MongoCollection<Document> audit = db.getCollection(JnosqlAuditLog.COLLECTION);
    List<String> tenants = audit.distinct("tenantId", exists("sequence", false), String.class)
        .into(new ArrayList<>());
    for (String value : tenants) {
      TenantId tenant = TenantId.of(value);
      Document last = audit.find(and(eq("tenantId", value), exists("sequence", true)))
          .sort(Sorts.descending("sequence")).limit(1).first();
      Optional<AuditEntry> head = Optional.ofNullable(last).map(d -> AuditDocument.read(d, tenant));
      List<Document> unlinked = audit.find(and(eq("tenantId", value), exists("sequence", false)))
          .sort(Sorts.ascending("at", "_id")).into(new ArrayList<>());
      for (Document d : unlinked) {
        AuditEntry linked = AuditChain.append(head, AuditDocument.read(d, tenant));
        audit.updateOne(and(eq("_id", d.get("_id")), exists("sequence", false)), Updates.combine(
            Updates.set("sequence", linked.sequence()), Updates.set("previousHash", linked.previousHash()),
            Updates.set("hash", linked.hash())));
        head = Optional.of(linked);
      }
      LOG.info(() -> "Linked " + unlinked.size() + " earlier audit entries of " + value + " into its chain");
    }
  }
}
