package cn.ggzy.server.domain.model.intake;

import java.util.List;
import java.util.Optional;

/** Uploads in progress and their parts; every write is durable when it returns. */
public interface UploadRepository {
  /** Creates the upload; if the id exists, changes nothing and answers the stored one. */
  Optional<Upload> insert(Upload upload);

  Optional<Upload> find(String id);

  /** Stores a part at its offset (a retried part replaces itself). */
  void storePart(String uploadId, long offset, byte[] bytes, int length);

  byte[] part(String uploadId, long offset);

  /** Moves {@code received} from {@code from} to {@code to}, recording the part; false if it moved already. */
  boolean advance(String uploadId, long from, long to);

  /** Records the stored file; the parts are removed. */
  void complete(String uploadId, String contentType, String sha256, long size, String storageId,
      List<Long> partOffsets);

  /**
   * Attaches the upload to {@code owner} unless it is attached to someone else; true if it is
   * (now) attached to {@code owner}.
   */
  boolean attach(String uploadId, String owner);

  /** Undoes an attachment that did not lead to a stored submission. */
  void detach(String uploadId, String owner);
}
