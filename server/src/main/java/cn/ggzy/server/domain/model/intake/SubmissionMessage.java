package cn.ggzy.server.domain.model.intake;

import java.time.Instant;
import java.util.List;

/**
 * A message on a submission: from an officer ({@code author} OFFICER, {@code officer} their login,
 * never shown to the filer) or from the filer (FILER, with the files added as 补正 and the hash of
 * the idempotency key that made it).
 */
public record SubmissionMessage(String id, String author, Instant at, String text, List<String> fileIds,
    String officer, String keyHash) {
  public SubmissionMessage {
    fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
  }
}
