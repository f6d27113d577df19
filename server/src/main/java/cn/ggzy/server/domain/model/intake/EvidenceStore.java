package cn.ggzy.server.domain.model.intake;

import java.io.InputStream;

/**
 * Where evidence files are kept, with their SHA-256 and recognised type. {@link #store} reads the
 * stream to its end (or until it proves unacceptable) and returns only once the file is durable.
 */
public interface EvidenceStore {
  /** What was stored. */
  record Stored(String storageId, long size, String sha256, FileType type) {}

  /**
   * Stores the file under a name derived from {@code key} (a retry replaces an unfinished attempt).
   * Refuses with {@code intake.upload.tooLarge} past {@code maxBytes}, {@code intake.upload.empty},
   * {@code intake.upload.type.notAllowed} when the content is of no accepted kind.
   */
  Stored store(String key, String fileName, InputStream content, long maxBytes);

  /** The content; the caller closes the stream. */
  InputStream open(String storageId);
}
