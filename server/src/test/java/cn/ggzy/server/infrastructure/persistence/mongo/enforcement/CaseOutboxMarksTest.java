package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.notification.Audience;
import cn.ggzy.server.domain.model.notification.CaseOutbox;
import cn.ggzy.server.domain.model.notification.CaseRef;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Waiting notifications are found through their marks, not by searching the cases: every entry a
 * case write adds is found, a delivered entry leaves both the case and the marks, a case that moved
 * to another department still gets its entries out, and marks of entries that never reached their
 * case are dropped only once old.
 */
class CaseOutboxMarksTest {
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final Instant RECEIVED = LocalDateTime.parse("2026-11-03T09:00").atZone(ZoneId.of("Asia/Shanghai"))
      .toInstant();
  private static final Actor HEAD = new Actor("jtj.head", "交通科长", JTJ, Set.of(Role.DEPARTMENT_HEAD), false);
  private final CaseRepository repository = TestContainer.get(CaseRepository.class);
  private final CaseOutbox outbox = TestContainer.get(CaseOutbox.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);
  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);

  private EnforcementCase registered(String title) {
    return EnforcementCase.register(repository.nextId(), CaseNumber.of("测", 2026,
        repository.nextSequence(JTJ.region(), 2026)), JTJ, new Registration(CaseSource.REPORT, Industry.OTHER,
        title, "举报内容", null, null, null, null), HEAD, RECEIVED, DeadlineSettings.MACHENG, calendar);
  }

  private static NotificationIntent intent(EnforcementCase c, TenantId to) {
    return new NotificationIntent(UUID.randomUUID().toString(), NotificationKind.CASE_RECEIVED,
        new CaseRef(c.id().value(), c.number().value(), "标题", to), RECEIVED, "system", "系统", null,
        List.of(new Audience(Audience.Group.DEPARTMENT_HEADS, to, null)));
  }

  /** Stores the case with one waiting entry for its department's heads. */
  private NotificationIntent announced(EnforcementCase c) {
    NotificationIntent n = intent(c, JTJ);
    c.announce(List.of(n));
    repository.store(JTJ, c);
    return n;
  }

  /** Everything waiting for the tenant, drained page by page as the dispatcher does. */
  private List<String> waitingIds(TenantId tenant) {
    List<String> ids = new ArrayList<>();
    outbox.pending(tenant, 1000).forEach(p -> p.intents().forEach(i -> ids.add(i.id())));
    return ids;
  }

  private MongoCollection<Document> cases() {
    return database.getCollection(JnosqlCaseRepository.COLLECTION);
  }

  private MongoCollection<Document> marks() {
    return database.getCollection(CaseOutboxMarks.COLLECTION);
  }

  @Test
  void anEntryIsFoundUntilDeliveredAndThenLeavesCaseAndMarks() {
    EnforcementCase c = registered("待发通知");
    NotificationIntent n = announced(c);

    assertTrue(waitingIds(JTJ).contains(n.id()));
    outbox.delivered(JTJ, c.id().value(), List.of(n.id()));

    assertTrue(!waitingIds(JTJ).contains(n.id()), "delivered: not waiting any more");
    assertEquals(0, marks().countDocuments(eq("_id", n.id())));
    Document stored = cases().find(eq("_id", c.id().value())).first();
    assertTrue(stored.getList("outbox", Document.class).stream().noneMatch(e -> n.id().equals(e.getString("id"))));
  }

  @Test
  void aCaseThatMovedToAnotherDepartmentStillGetsItsEntriesOut() {
    EnforcementCase c = registered("移交前的通知");
    NotificationIntent n = announced(c);
    // the case now belongs to another department (as after a transfer); the mark was made for the first
    cases().updateOne(eq("_id", c.id().value()),
        Updates.set("tenantId", ZJJ.value()));

    assertTrue(waitingIds(JTJ).contains(n.id()));
    outbox.delivered(JTJ, c.id().value(), List.of(n.id()));

    Document stored = cases().find(eq("_id", c.id().value())).first();
    assertTrue(stored.getList("outbox", Document.class).isEmpty(), "pulled from the case wherever it is now");
    // the case was moved under the repository's feet: it goes, so that other tests' inboxes stay consistent
    cases().deleteOne(eq("_id", c.id().value()));
    database.getCollection(CaseInbox.COLLECTION).deleteOne(eq("_id", c.id().value()));
  }

  @Test
  void aMarkWhoseEntryNeverReachedItsCaseIsDroppedOnlyOnceOld() {
    EnforcementCase c = registered("写入失败的案件");
    repository.store(JTJ, c);
    long now = TestContainer.get(Clock.class).millis();
    marks().insertOne(new Document("_id", "fresh-" + c.id().value()).append("tenantId", JTJ.value())
        .append("caseId", c.id().value()).append("at", now));
    marks().insertOne(new Document("_id", "old-" + c.id().value()).append("tenantId", JTJ.value())
        .append("caseId", c.id().value()).append("at", now - MongoCaseOutbox.ABANDONED_MILLIS - 1));

    waitingIds(JTJ);

    assertEquals(1, marks().countDocuments(eq("_id", "fresh-" + c.id().value())),
        "a young mark may belong to a case write still under way");
    assertEquals(0, marks().countDocuments(eq("_id", "old-" + c.id().value())));
  }

  @Test
  void entriesStoredBeforeMarksExistedAreMarkedAtStartUp() {
    EnforcementCase c = registered("升级前的通知");
    NotificationIntent n = announced(c);
    marks().deleteOne(eq("_id", n.id()));
    marks().deleteOne(eq("_id", "built"));
    assertTrue(!waitingIds(JTJ).contains(n.id()));

    CaseOutboxMarks.ensureAtStartUp(TestContainer.get(MongoConnection.class));

    assertTrue(waitingIds(JTJ).contains(n.id()));
  }

  @Test
  void aCompareAndSetOnTheEmbeddedServerHasAnIndexOfExactlyItsKeys() {
    EnforcementCase c = registered("按键写入");
    repository.store(JTJ, c);
    c = repository.find(JTJ, c.id()).orElseThrow();
    c.accept(HEAD, RECEIVED.plusSeconds(60), calendar);
    repository.store(JTJ, c);

    List<String> names = new ArrayList<>();
    cases().listIndexes().forEach(i -> names.add(i.getString("name")));
    assertTrue(names.contains("key__id_tenantId_version"), names.toString());
  }
}
