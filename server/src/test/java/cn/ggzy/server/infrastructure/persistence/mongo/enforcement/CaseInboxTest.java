package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.Decision;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The open cases' inbox lines: the inbox lists exactly the open cases, a closed case leaves it,
 * and a write interrupted between the case and its line is repaired at start-up.
 */
class CaseInboxTest {
  private static final TenantId NYJ = TenantId.of("421181-nyj");
  private static final Instant RECEIVED = LocalDateTime.parse("2026-11-03T09:00").atZone(ZoneId.of("Asia/Shanghai"))
      .toInstant();
  private static final Actor HEAD = new Actor("nyj.head", "农业科长", NYJ, Set.of(Role.DEPARTMENT_HEAD), false);
  private static final Actor OFFICER = new Actor("nyj.officer", "农业执法员", NYJ, Set.of(Role.DEPARTMENT_OFFICER),
      false);
  private final CaseRepository repository = TestContainer.get(CaseRepository.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);
  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);
  private final VersionedWrites writes = TestContainer.get(VersionedWrites.class);

  private EnforcementCase registered(String title) {
    return EnforcementCase.register(repository.nextId(), CaseNumber.of("测", 2026,
        repository.nextSequence(NYJ.region(), 2026)), NYJ, new Registration(CaseSource.REPORT, Industry.OTHER,
        title, "举报内容", null, null, null, null), HEAD, RECEIVED, DeadlineSettings.MACHENG, calendar);
  }

  private Optional<CaseSummary> inInbox(CaseId id) {
    return repository.inbox(InboxQuery.department(NYJ, 0, 200)).stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private static InboxQuery closedOnes() {
    return new InboxQuery(NYJ, null, null, Set.of(CaseStatus.CLOSED), null, null, false, null, null, 0, 200);
  }

  @Test
  void aClosedCaseLeavesTheInboxButStaysInTheRegister() {
    EnforcementCase c = registered("结案后离开待办");
    repository.store(NYJ, c);
    assertEquals(CaseStatus.REGISTERED, inInbox(c.id()).orElseThrow().status());
    c = repository.find(NYJ, c.id()).orElseThrow();
    c.accept(HEAD, RECEIVED.plusSeconds(600), calendar);
    c.assign(HEAD, RECEIVED.plusSeconds(700), OFFICER.login(), OFFICER.name(), NYJ);
    c.startInvestigation(OFFICER, RECEIVED.plusSeconds(800));
    c.proposeDecision(OFFICER, RECEIVED.plusSeconds(900),
        new Decision(DecisionKind.DISMISSED, "举报不实", null, false, null, false));
    repository.store(NYJ, c);
    CaseSummary line = inInbox(c.id()).orElseThrow();
    assertEquals(CaseStatus.DECISION_PENDING, line.status());
    assertEquals("nyj.officer", line.assignee());
    assertEquals(1, repository.inbox(InboxQuery.mine(NYJ, "nyj.officer", 0, 200)).stream()
        .filter(s -> s.id().equals(line.id())).count());
    c = repository.find(NYJ, c.id()).orElseThrow();
    c.approveDecision(HEAD, RECEIVED.plusSeconds(1000), "同意");
    c.deliver(OFFICER, RECEIVED.plusSeconds(1100), "已送达");
    c.proposeClose(OFFICER, RECEIVED.plusSeconds(1200), "申请结案");
    c.approveClose(HEAD, RECEIVED.plusSeconds(1300), "同意结案");
    repository.store(NYJ, c);

    assertTrue(inInbox(c.id()).isEmpty(), "a closed case is not in the inbox");
    CaseId id = c.id();
    assertTrue(repository.inbox(closedOnes()).stream().anyMatch(s -> s.id().equals(id)),
        "asking for closed cases still finds it");
    assertEquals(0, database.getCollection(CaseInbox.COLLECTION).countDocuments(eq("_id", id.value())));
    assertEquals(0, database.getCollection(CaseInbox.PENDING).countDocuments(eq("caseId", id.value())),
        "no write is left pending");
  }

  @Test
  void aWriteInterruptedBeforeTheLineIsRepairedAtStartUp() {
    EnforcementCase c = registered("写入中断后修复");
    repository.store(NYJ, c);
    c = repository.find(NYJ, c.id()).orElseThrow();
    c.accept(HEAD, RECEIVED.plusSeconds(600), calendar);
    // the node marks the write and stores the case, then dies before it updates the line
    database.getCollection(CaseInbox.PENDING).insertOne(new Document("_id", new ObjectId())
        .append("caseId", c.id().value()));
    assertTrue(writes.replace(CaseDocument.of(c, c.version() + 1),
        VersionedWrites.guard(c.id().value(), NYJ.value(), c.version())));
    assertEquals(CaseStatus.REGISTERED, inInbox(c.id()).orElseThrow().status(), "the line is stale until repaired");

    CaseInbox.repairAtStartUp(TestContainer.get(MongoConnection.class));

    assertEquals(CaseStatus.ACCEPTED, inInbox(c.id()).orElseThrow().status());
    assertEquals(0, database.getCollection(CaseInbox.PENDING).countDocuments(eq("caseId", c.id().value())));
  }

  @Test
  void theFirstStartBuildsTheLinesOfTheOpenCasesAlreadyStored() {
    EnforcementCase c = registered("升级前已有的案件");
    repository.store(NYJ, c);
    long before = repository.count(InboxQuery.department(NYJ, 0, 1));
    database.getCollection(CaseInbox.COLLECTION).deleteMany(eq("tenantId", NYJ.value()));
    database.getCollection(CaseInbox.PENDING).deleteOne(eq("_id", "built"));
    assertEquals(0, repository.count(InboxQuery.department(NYJ, 0, 1)));

    CaseInbox.repairAtStartUp(TestContainer.get(MongoConnection.class));

    assertEquals(before, repository.count(InboxQuery.department(NYJ, 0, 1)));
    assertTrue(inInbox(c.id()).isPresent());
    List<CaseSummary> page = repository.inbox(InboxQuery.department(NYJ, 0, 200));
    assertEquals(before, page.size());
  }
}
