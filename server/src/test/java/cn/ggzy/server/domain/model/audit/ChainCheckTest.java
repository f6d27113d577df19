package cn.ggzy.server.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainCheckTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  /** A valid chain of {@code n} entries, sequences 1..n. */
  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    Optional<AuditEntry> head = Optional.empty();
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditChain.append(head, content(i, "case.updated"));
      entries.add(e);
      head = Optional.of(e);
    }
    return entries;
  }

  private static AuditEntry content(int i, String action) {
    return new AuditEntry("id" + i, ZJJ, Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i), "li.si", action,
        "case:" + i, null, "status=A", "status=B");
  }

  private static Optional<ChainBreak> check(List<AuditEntry> entries) {
    ChainCheck check = new ChainCheck();
    entries.forEach(check::next);
    return check.firstBreak();
  }

  /** The entry with its hash recomputed, as someone who knows the algorithm would forge it. */
  private static AuditEntry rehashed(AuditEntry e) {
    return e.placed(e.sequence(), e.previousHash(), AuditChain.hash(e.placed(e.sequence(), e.previousHash(), null)));
  }

  @Test
  void anUntouchedChainHoldsAndEveryEntryIsCounted() {
    ChainCheck check = new ChainCheck();
    chain(7).forEach(check::next);
    assertTrue(check.firstBreak().isEmpty());
    assertEquals(7, check.checked());
  }

  @Test
  void aChangedFieldIsFoundAtItsEntry() {
    List<AuditEntry> entries = chain(6);
    AuditEntry e = entries.get(3);
    entries.set(3, new AuditEntry(e.id(), e.tenantId(), e.at(), "forger", e.action(), e.target(), e.reason(),
        e.before(), e.after(), e.sequence(), e.previousHash(), e.hash()));
    assertEquals(Optional.of(new ChainBreak(4, ChainBreak.Kind.CONTENT_CHANGED)), check(entries));
  }

  @Test
  void aRewrittenEntryWithARecomputedHashBreaksTheNextLink() {
    List<AuditEntry> entries = chain(6);
    AuditEntry e = entries.get(2);
    entries.set(2, rehashed(new AuditEntry(e.id(), e.tenantId(), e.at(), e.actor(), e.action(), e.target(),
        e.reason(), e.before(), "status=DISMISSED", e.sequence(), e.previousHash(), null)));
    assertEquals(Optional.of(new ChainBreak(4, ChainBreak.Kind.LINK_BROKEN)), check(entries));
  }

  @Test
  void deletedEntriesAreFoundWhereTheyWere() {
    List<AuditEntry> entries = chain(6);
    entries.remove(3);
    entries.remove(3);
    assertEquals(Optional.of(new ChainBreak(4, ChainBreak.Kind.ENTRY_DELETED)), check(entries));
    List<AuditEntry> withoutFirst = chain(3);
    withoutFirst.remove(0);
    assertEquals(Optional.of(new ChainBreak(1, ChainBreak.Kind.ENTRY_DELETED)), check(withoutFirst));
  }

  @Test
  void aDeletionHiddenByRelinkingShowsAsASequenceGap() {
    List<AuditEntry> entries = chain(6);
    entries.remove(2);
    AuditEntry e = entries.get(2);
    entries.set(2, rehashed(e.placed(e.sequence(), entries.get(1).hash(), null)));
    assertEquals(Optional.of(new ChainBreak(3, ChainBreak.Kind.SEQUENCE_GAP)), check(entries));
  }

  @Test
  void aRepeatedSequenceShowsAsASequenceGap() {
    List<AuditEntry> entries = chain(3);
    AuditEntry third = entries.get(2);
    entries.add(rehashed(content(9, "x").placed(3, third.hash(), null)));
    assertEquals(Optional.of(new ChainBreak(3, ChainBreak.Kind.SEQUENCE_GAP)), check(entries));
  }

  @Test
  void anUnreadableEntryCountsAsChanged() {
    List<AuditEntry> entries = chain(3);
    entries.set(1, new AuditEntry("?", ZJJ, Instant.EPOCH, "?", "?", null, null, null, null, 2, null, null));
    assertEquals(Optional.of(new ChainBreak(2, ChainBreak.Kind.CONTENT_CHANGED)), check(entries));
  }

  @Test
  void checkingStopsAtTheFirstBreak() {
    List<AuditEntry> entries = chain(5);
    entries.remove(1);
    ChainCheck check = new ChainCheck();
    entries.forEach(check::next);
    assertEquals(2, check.checked(), "entries after the first break are not checked");
  }
}
