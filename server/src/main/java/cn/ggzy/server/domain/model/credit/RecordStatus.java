package cn.ggzy.server.domain.model.credit;

/** Where a credit record stands; only records in force count and can be listed. */
public enum RecordStatus {
  /** Entered by an officer, waiting for a second person's approval. */
  PENDING_APPROVAL,
  IN_FORCE,
  REJECTED
}
