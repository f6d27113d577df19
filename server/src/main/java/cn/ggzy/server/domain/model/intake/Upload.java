package cn.ggzy.server.domain.model.intake;

import java.time.Instant;
import java.util.List;

/**
 * A file on its way in. Resumable: {@code received} bytes of the declared {@code size} are kept
 * as parts starting at {@code partOffsets}; when complete, the file is stored ({@code storageId})
 * with its recognised type and SHA-256. {@code attachedTo} is the receipt number (or receipt and
 * message) that uses it: an upload belongs to one submission only.
 */
public record Upload(String id, String fileName, long size, long received, List<Long> partOffsets,
    String declaredSha256, boolean complete, String contentType, String sha256, String storageId,
    Instant startedAt, String attachedTo) {
  public Upload {
    partOffsets = partOffsets == null ? List.of() : List.copyOf(partOffsets);
  }
}
