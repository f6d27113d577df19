package cn.ggzy.server.domain.model.credit;

/** Where a list entry stands on a given day; computed from its dates, never stored. */
public enum EntryStatus {
  /** Its period has not started yet. */
  SCHEDULED,
  /** On the public list today. */
  PUBLISHED,
  /** Its period ended: removed from publication automatically. */
  EXPIRED,
  /** Removed early by credit repair (black list) or by a new negative record (red list). */
  REMOVED;

  public boolean published() {
    return this == PUBLISHED;
  }
}
