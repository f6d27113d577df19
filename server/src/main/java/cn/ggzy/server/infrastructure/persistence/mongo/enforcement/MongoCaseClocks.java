package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.notification.CaseClock;
import cn.ggzy.server.domain.model.notification.CaseClocks;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The running clocks of open cases, read from the case documents' derived inbox fields. */
@ApplicationScoped
public class MongoCaseClocks implements CaseClocks {
  private MongoDatabase database;

  protected MongoCaseClocks() {}

  @Inject
  public MongoCaseClocks(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public List<CaseClock> endingBefore(TenantId tenant, Instant horizon) {
    List<CaseClock> clocks = new ArrayList<>();
    database.getCollection(JnosqlCaseRepository.COLLECTION)
        .find(and(eq("tenantId", tenant.value()), eq("open", true), lt("dueSort", horizon.toEpochMilli())))
        .projection(Projections.include("number", "title", "tenantId", "status", "assignee", "dueSort", "clockPaused"))
        .forEach(d -> {
          CaseStatus status = CaseStatus.valueOf(d.getString("status"));
          clocks.add(new CaseClock(new CaseRef(d.getString("_id"), d.getString("number"), d.getString("title"), tenant),
              status.beforeAcceptance(), Instant.ofEpochMilli(((Number) d.get("dueSort")).longValue()),
              Boolean.TRUE.equals(d.getBoolean("clockPaused")), d.getString("assignee")));
        });
    return clocks;
  }
}
