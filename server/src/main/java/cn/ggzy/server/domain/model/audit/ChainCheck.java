package cn.ggzy.server.domain.model.audit;

import java.util.Optional;

/**
 * Checks one tenant's chain entry by entry, fed in ascending sequence order, and remembers the
 * first break. Needs only the previous entry, so a chain of any length is checked in batches.
 * Entries deleted from the very end leave no trace in the chain itself.
 */
public final class ChainCheck {
  private long expected = 1;
  private String previousHash = AuditChain.GENESIS;
  private long checked;
  private ChainBreak firstBreak;

  /** Checks the next stored entry; false once the chain is broken (later entries are not checked). */
  public boolean next(AuditEntry entry) {
    if (firstBreak != null) {
      return false;
    }
    checked++;
    firstBreak = breakAt(entry);
    expected = entry.sequence() + 1;
    previousHash = entry.hash();
    return firstBreak == null;
  }

  private ChainBreak breakAt(AuditEntry e) {
    if (e.hash() == null || !AuditChain.hash(e).equals(e.hash())) {
      return new ChainBreak(e.sequence(), ChainBreak.Kind.CONTENT_CHANGED);
    }
    boolean linked = previousHash.equals(e.previousHash());
    if (e.sequence() == expected) {
      return linked ? null : new ChainBreak(e.sequence(), ChainBreak.Kind.LINK_BROKEN);
    }
    if (e.sequence() > expected && !linked) {
      return new ChainBreak(expected, ChainBreak.Kind.ENTRY_DELETED);
    }
    return new ChainBreak(Math.min(expected, e.sequence()), ChainBreak.Kind.SEQUENCE_GAP);
  }

  public long checked() {
    return checked;
  }

  public Optional<ChainBreak> firstBreak() {
    return Optional.ofNullable(firstBreak);
  }
}
