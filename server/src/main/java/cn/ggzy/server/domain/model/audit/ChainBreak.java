package cn.ggzy.server.domain.model.audit;

/** The first place where a tenant's audit chain does not hold, and how it fails. */
public record ChainBreak(long sequence, Kind kind) {
  /** How a chain can be broken. */
  public enum Kind {
    /** The stored entry does not match its own hash: a field was changed (or cannot be read). */
    CONTENT_CHANGED,
    /** The entry is intact but does not point to the hash of the entry before it. */
    LINK_BROKEN,
    /** Entries are missing from here on: the next stored entry points to one that is gone. */
    ENTRY_DELETED,
    /** The numbering skips or repeats although the hashes join: the chain was renumbered. */
    SEQUENCE_GAP
  }
}
