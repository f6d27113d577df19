package cn.ggzy.server.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

  private static AuditEntry accepted() {
    return new AuditEntry("65f0a1b2c3d4e5f601234567", ZJJ, NEW_YEAR, "li.si", "case.accepted",
        "case:麻建投〔2026〕1号", null, "status=RECEIVED", "status=ACCEPTED; due=2026-01-22");
  }

  @Test
  void theFirstEntryStartsTheChainAndTheNextLinksToIt() {
    AuditEntry first = AuditChain.append(Optional.empty(), accepted());
    assertEquals(1, first.sequence());
    assertEquals(AuditChain.GENESIS, first.previousHash());
    assertEquals("0".repeat(64), AuditChain.GENESIS);
    assertTrue(first.hash().matches("[0-9a-f]{64}"));

    AuditEntry second = AuditChain.append(Optional.of(first),
        new AuditEntry("b", ZJJ, NEW_YEAR.plusSeconds(5), "li.si", "case.closed", "case:1", null));
    assertEquals(2, second.sequence());
    assertEquals(first.hash(), second.previousHash());
    assertEquals(AuditChain.hash(second), second.hash());
  }

  /** Pinned: stored chains must still verify after any change of the code (computed independently). */
  @Test
  void theHashFollowsTheDocumentedEncoding() {
    assertEquals("a7badc64b43897996697053d9c07c9973cc6343a6fc1f37062940f77dfedca8d",
        AuditChain.append(Optional.empty(), accepted()).hash());
  }

  @Test
  void everyFieldCountsForTheHash() {
    AuditEntry e = AuditChain.append(Optional.empty(), accepted());
    List<AuditEntry> variants = List.of(e,
        new AuditEntry("other", e.tenantId(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), TenantId.of("421181-jtj"), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at().plusMillis(1), e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), "wang.wu", e.action(), e.target(), e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), "case.rejected", e.target(), e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), "case:2", e.reason(), e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(), "late", e.before(), e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(), e.reason(), "status=NEW", e.after(), e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(), "status=CLOSED", e.sequence(), e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), 2, e.previousHash(), null),
        new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), e.sequence(), "1".repeat(64), null));
    Set<String> hashes = new HashSet<>();
    variants.forEach(v -> hashes.add(AuditChain.hash(v)));
    assertEquals(variants.size(), hashes.size(), "changing any one field must change the hash");
  }

  @Test
  void fieldBoundariesAndAbsentValuesCannotBeShifted() {
    AuditEntry ab = new AuditEntry("x", ZJJ, NEW_YEAR, "a", "act", "ab", "c");
    AuditEntry bc = new AuditEntry("x", ZJJ, NEW_YEAR, "a", "act", "a", "bc");
    assertNotEquals(AuditChain.hash(ab), AuditChain.hash(bc));
    AuditEntry absent = new AuditEntry("x", ZJJ, NEW_YEAR, "a", "act", "t", null);
    AuditEntry empty = new AuditEntry("x", ZJJ, NEW_YEAR, "a", "act", "t", "");
    assertNotEquals(AuditChain.hash(absent), AuditChain.hash(empty));
  }

  @Test
  void timeCountsToTheMillisecondAsItIsStored() {
    AuditEntry precise = new AuditEntry("x", ZJJ, NEW_YEAR.plusNanos(1_234_567), "a", "act", "t", null);
    assertEquals(NEW_YEAR.plusMillis(1), precise.at());
    assertEquals(AuditChain.hash(precise),
        AuditChain.hash(new AuditEntry("x", ZJJ, NEW_YEAR.plusMillis(1), "a", "act", "t", null)));
  }

  @Test
  void beforeAndAfterAreShortSummaries() {
    String document = "x".repeat(AuditEntry.MAX_STATE_LENGTH + 1);
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEntry("x", ZJJ, NEW_YEAR, "a", "act", "t", null, document, null));
  }
}
