package cn.ggzy.server.application.internal.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.AuditVerification;
import cn.ggzy.server.application.AuditVerification.ChainReport;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditChain;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.audit.ChainBreak;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Verification through the real wiring; history is tampered with directly in MongoDB, as someone
 * with access to the database would.
 */
class AuditVerificationTest {
  private static final AtomicInteger REGIONS = new AtomicInteger(100);
  private static final Caller ADMIN = caller("421181-jgb", Role.SYSTEM_ADMIN);

  private final TenantDirectory directory = TestContainer.get(TenantDirectory.class);
  private final AuditLog log = TestContainer.get(AuditLog.class);
  private final AuditVerification verification = TestContainer.get(AuditVerification.class);
  /** Reads the chain three entries at a time, so that breaks are also found across batches. */
  private final AuditVerification smallBatches = new DefaultAuditVerification(log, directory,
      TestContainer.get(OfficeScopes.class), TestContainer.get(Clock.class), 3);
  private final MongoCollection<Document> stored = TestContainer.get(MongoDatabase.class).getCollection("audit");

  private final RegionCode region = RegionCode.of("439" + REGIONS.incrementAndGet());
  private final TenantId office = TenantId.of(region, "jgb");
  private final TenantId zjj = TenantId.of(region, "zjj");
  private final TenantId jtj = TenantId.of(region, "jtj");

  AuditVerificationTest() {
    directory.addRegion(ADMIN, region.value(), "测试市", "Test City", "测", "测试市监管办", "Test Office");
    directory.addDepartment(ADMIN, region, "zjj", "测试市住建局", "Test Housing Bureau", DepartmentKind.INDUSTRY_DEPARTMENT);
    directory.addDepartment(ADMIN, region, "jtj", "测试市交通局", "Test Transport Bureau", DepartmentKind.INDUSTRY_DEPARTMENT);
  }

  private static Caller caller(String tenant, Role role) {
    return new Caller(Login.parse("tester." + role.name().toLowerCase().replace('_', '.')), TenantId.of(tenant),
        Set.of(role), "测试");
  }

  /** Appends {@code n} entries to the tenant; returns the sequence of the first. */
  private long append(TenantId tenant, int n) {
    long first = 0;
    for (int i = 0; i < n; i++) {
      AuditEntry e = log.record(tenant, Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i), "li.si",
          "case.updated", "case:" + i, null, "status=RECEIVED", "status=ACCEPTED");
      first = first == 0 ? e.sequence() : first;
    }
    return first;
  }

  private Document storedAt(TenantId tenant, long sequence) {
    return stored.find(and(eq("tenantId", tenant.value()), eq("sequence", sequence))).first();
  }

  private void change(TenantId tenant, long sequence, String field, Object value) {
    stored.updateOne(and(eq("tenantId", tenant.value()), eq("sequence", sequence)), Updates.set(field, value));
  }

  @Test
  void anUntouchedChainIsReportedIntactWithEveryEntryChecked() {
    append(zjj, 10);
    ChainReport report = smallBatches.verify(ADMIN, zjj);
    assertTrue(report.intact());
    assertEquals(log.count(zjj), report.entriesChecked());
    assertEquals(zjj, report.tenant());
  }

  @Test
  void aChangedFieldIsReportedAtItsSequence() {
    long first = append(zjj, 10);
    change(zjj, first + 6, "after", "status=DISMISSED");
    ChainReport report = smallBatches.verify(ADMIN, zjj);
    assertEquals(new ChainBreak(first + 6, ChainBreak.Kind.CONTENT_CHANGED), report.firstBreak());
    assertEquals(first + 6, report.entriesChecked(), "checking stops at the first break");
  }

  @Test
  void aChangedTimeIsReportedToo() {
    long first = append(zjj, 4);
    change(zjj, first + 1, "at", Instant.parse("2026-03-01T08:00:00Z").toEpochMilli());
    assertEquals(new ChainBreak(first + 1, ChainBreak.Kind.CONTENT_CHANGED), verification.verify(ADMIN, zjj).firstBreak());
  }

  @Test
  void aDeletedEntryIsReportedAtItsSequence() {
    long first = append(zjj, 8);
    stored.deleteOne(and(eq("tenantId", zjj.value()), eq("sequence", first + 4)));
    assertEquals(new ChainBreak(first + 4, ChainBreak.Kind.ENTRY_DELETED), smallBatches.verify(ADMIN, zjj).firstBreak());
  }

  @Test
  void twoSwappedEntriesAreReportedAtTheFirst() {
    long first = append(zjj, 6);
    Document a = storedAt(zjj, first + 2);
    Document b = storedAt(zjj, first + 3);
    for (String field : List.of("at", "action", "target")) {
      change(zjj, first + 2, field, b.get(field));
      change(zjj, first + 3, field, a.get(field));
    }
    assertEquals(new ChainBreak(first + 2, ChainBreak.Kind.CONTENT_CHANGED), smallBatches.verify(ADMIN, zjj).firstBreak());
  }

  @Test
  void anEntryForgedWithARecomputedHashBreaksTheNextLink() {
    long first = append(zjj, 6);
    Document d = storedAt(zjj, first + 1);
    AuditEntry forged = new AuditEntry(d.getString("_id"), zjj, Instant.ofEpochMilli(d.getLong("at")), "li.si",
        "case.updated", d.getString("target"), null, "status=RECEIVED", "status=DISMISSED", first + 1,
        d.getString("previousHash"), null);
    change(zjj, first + 1, "after", "status=DISMISSED");
    change(zjj, first + 1, "hash", AuditChain.hash(forged));
    assertEquals(new ChainBreak(first + 2, ChainBreak.Kind.LINK_BROKEN), smallBatches.verify(ADMIN, zjj).firstBreak());
  }

  @Test
  void theOfficeChecksEveryDepartmentOfItsRegionAndTheRunIsAudited() {
    append(zjj, 3);
    long first = append(jtj, 3);
    change(jtj, first + 2, "actor", "someone.else");
    Caller officer = caller(office.value(), Role.OFFICE_OFFICER);

    List<ChainReport> reports = verification.verify(officer);

    assertEquals(Set.of(office, zjj, jtj), Set.copyOf(reports.stream().map(ChainReport::tenant).toList()));
    assertTrue(reports.stream().filter(r -> !r.tenant().equals(jtj)).allMatch(ChainReport::intact));
    ChainReport broken = reports.stream().filter(r -> r.tenant().equals(jtj)).findFirst().orElseThrow();
    assertEquals(new ChainBreak(first + 2, ChainBreak.Kind.CONTENT_CHANGED), broken.firstBreak());
    AuditEntry run = log.recent(office, 1).get(0);
    assertEquals("audit.chain.verified", run.action());
    assertEquals("region:" + region, run.target());
    assertTrue(run.after().contains(jtj + "#" + (first + 2) + " CONTENT_CHANGED"), run.after());
    assertTrue(verification.verify(ADMIN, office).intact(), "the run's own entry keeps the chain intact");
  }

  @Test
  void aDepartmentHeadChecksOnlyTheOwnDepartment() {
    Caller head = caller(zjj.value(), Role.DEPARTMENT_HEAD);
    assertEquals(List.of(zjj), verification.verify(head).stream().map(ChainReport::tenant).toList());
    assertTrue(verification.verify(head, zjj).intact());
    assertThrows(NotFoundException.class, () -> verification.verify(head, jtj));
  }

  @Test
  void noOneReachesAnotherRegionAndOfficersMayNotVerify() {
    Caller otherOffice = caller("421181-jgb", Role.OFFICE_LEADER);
    assertThrows(NotFoundException.class, () -> verification.verify(otherOffice, zjj));
    assertTrue(verification.verify(otherOffice).stream().noneMatch(r -> r.tenant().region().equals(region)));
    Caller officer = caller(zjj.value(), Role.DEPARTMENT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> verification.verify(officer));
    assertThrows(AccessDeniedException.class, () -> verification.verify(officer, zjj));
    assertThrows(NotFoundException.class, () -> verification.verify(ADMIN, TenantId.of(region, "nosuch")));
  }

  @Test
  void theOfficesWideViewIsOpenedThroughTheAuditedScope() {
    Caller leader = caller(office.value(), Role.OFFICE_LEADER);
    verification.verify(leader, zjj);
    List<String> actions = log.recent(office, 2).stream().map(AuditEntry::action).toList();
    assertEquals(List.of("audit.chain.verified", "scope.office.opened"), actions);
    Optional<AuditEntry> run = log.recent(office, 1).stream().findFirst();
    assertEquals("tenant:" + zjj, run.orElseThrow().target());
  }
}
