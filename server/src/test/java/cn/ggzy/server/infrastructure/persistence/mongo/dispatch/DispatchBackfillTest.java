package cn.ggzy.server.infrastructure.persistence.mongo.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * What was stored before the counters existed is counted once by the backfill: a case whose facts were
 * never recorded appears on the dashboard after it, and nothing counted already is counted twice.
 */
class DispatchBackfillTest {
  private static final TenantId OFFICE = TenantId.of("421181-jgb");

  @Test
  void aCaseStoredBeforeTheCountersIsCountedOnceByTheBackfill() {
    Dispatch dispatch = TestContainer.get(Dispatch.class);
    DispatchLedger ledger = TestContainer.get(DispatchLedger.class);
    MongoDatabase db = TestContainer.get(MongoDatabase.class);
    Caller leader = TestOfficers.signedIn(OFFICE, "bkf.leader", "回填", Role.OFFICE_LEADER);
    LocalDate day = LocalDate.of(2027, 8, 17);
    var start = TestClock.now();
    try {
      TestClock.set(day, 10);
      Detail c = TestContainer.get(CaseRegister.class).register(leader, new NewCase(CaseSource.REPORT, Industry.TRANSPORT,
          "回填测试举报", "某公路工程转包", null, "某公路工程", "某公司", null, false));
      Dashboard counted = dispatch.dashboard(leader, day, day, null);
      // as if the case had been stored before the counters existed: its facts taken back, never recorded
      ledger.record(new Counted("case", c.id(), c.number()), Long.MAX_VALUE, Set.of());
      db.getCollection(MongoDispatchLedger.FACTS).deleteOne(new Document("_id", "case:" + c.id()));
      Dashboard missing = dispatch.dashboard(leader, day, day, null);
      assertEquals(counted.receivedBySource().get("REPORT") - 1, missing.receivedBySource().getOrDefault("REPORT", 0L));
      assertTrue(dispatch.behind(leader, "CASES_RECEIVED", "REPORT", day, day, null).stream()
          .noneMatch(b -> b.id().equals(c.id())), "nor in the list behind the figure");
      db.getCollection(MongoDispatchLedger.COUNTERS).deleteOne(new Document("_id", "backfill|421181"));

      assertTrue(dispatch.backfill() > 0, "the region's things counted");
      // (standing counts may move too: the backfill also corrects things stored by tests without the decorators)
      Dashboard again = dispatch.dashboard(leader, day, day, null);
      assertEquals(counted.receivedBySource(), again.receivedBySource(), "counted again, once");
      assertEquals(counted.receivedByMatter(), again.receivedByMatter());
      assertEquals(counted.departments().stream().map(Dispatch.DepartmentRow::received).toList(),
          again.departments().stream().map(Dispatch.DepartmentRow::received).toList());
      assertTrue(dispatch.behind(leader, "CASES_RECEIVED", "REPORT", day, day, null).stream()
          .anyMatch(b -> b.id().equals(c.id()) && b.label().contains(c.number())), "listed again");
      assertEquals(0, dispatch.backfill(), "marked: never again");
    } finally {
      TestClock.set(start);
    }
  }
}
