package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Map;

/**
 * The hash chain of a project's audio/video records (as the audit trail's): each record's hash covers its
 * fields and the previous record's hash, and the project's head names the last sequence and its hash. A
 * record removed leaves a gap in the sequence (or a head beyond the last record), a field altered no longer
 * matches its hash, a file altered in the store no longer matches the record's content SHA-256.
 */
public final class SiteRecordChain {
  /** The previous hash of a project's first record. */
  public static final String GENESIS = "0".repeat(64);

  private SiteRecordChain() {}

  /** The end of a project's chain: the last sequence placed and its hash (sequence 0 and genesis: empty). */
  public record Head(TenantId department, String projectId, long sequence, String hash) {
    public static Head empty(TenantId department, String projectId) {
      return new Head(department, projectId, 0, GENESIS);
    }

    /** The record placed after this head; the head after it. */
    public SiteRecord next(SiteRecord unplaced) {
      return unplaced.placed(sequence + 1, hash);
    }

    public Head after(SiteRecord placed) {
      return new Head(department, projectId, placed.sequence(), placed.recordHash());
    }
  }

  /** The first place where the chain does not hold. */
  public record Break(long sequence, Kind kind) {
    /** How a chain can break. */
    public enum Kind {
      /** No record at this sequence although later ones or the head exist: removed. */
      RECORD_MISSING,
      /** The record's fields do not give its hash (or the head's hash is not the last record's): altered. */
      RECORD_ALTERED,
      /** The record is intact but does not point to the hash of the record before it. */
      LINK_BROKEN,
      /** The stored file's SHA-256 is not the one recorded: the file was altered or replaced. */
      CONTENT_ALTERED
    }
  }

  /** What a verification found: how many records were checked, how many files, the head, the first break. */
  public record Verdict(long recordsChecked, long contentsChecked, long headSequence, String headHash,
      Break firstBreak) {
    public boolean intact() {
      return firstBreak == null;
    }
  }

  /**
   * Checks the records of one project, in sequence order, against each other and the head ({@code null}: no
   * head known, only the records are checked). {@code recomputedContent} maps a record id to the SHA-256
   * recomputed from the stored file (absent: the file was not checked; an empty text: the file is gone).
   */
  public static Verdict verify(List<SiteRecord> inOrder, Head head, Map<String, String> recomputedContent) {
    long expected = 1;
    String previous = GENESIS;
    long checked = 0;
    long contents = 0;
    Break found = null;
    for (SiteRecord r : inOrder) {
      checked++;
      found = breakAt(r, expected, previous);
      if (found == null && recomputedContent.containsKey(r.id())) {
        contents++;
        if (!recomputedContent.get(r.id()).equals(r.sha256())) {
          found = new Break(r.sequence(), Break.Kind.CONTENT_ALTERED);
        }
      }
      if (found != null) {
        break;
      }
      expected = r.sequence() + 1;
      previous = r.recordHash();
    }
    if (found == null && head != null) {
      if (head.sequence() >= expected) {
        found = new Break(expected, Break.Kind.RECORD_MISSING);
      } else if (head.sequence() == expected - 1 && !head.hash().equals(previous)) {
        found = new Break(head.sequence(), Break.Kind.RECORD_ALTERED);
      }
    }
    return new Verdict(checked, contents, head == null ? expected - 1 : head.sequence(),
        head == null ? previous : head.hash(), found);
  }

  private static Break breakAt(SiteRecord r, long expected, String previous) {
    if (r.sequence() > expected) {
      return new Break(expected, Break.Kind.RECORD_MISSING);
    }
    if (r.sequence() < expected || r.recordHash() == null || !r.computedHash().equals(r.recordHash())
        || !r.id().equals(SiteRecord.idOf(r.projectId(), r.sequence()))) {
      return new Break(r.sequence(), Break.Kind.RECORD_ALTERED);
    }
    return previous.equals(r.previousHash()) ? null : new Break(r.sequence(), Break.Kind.LINK_BROKEN);
  }
}
