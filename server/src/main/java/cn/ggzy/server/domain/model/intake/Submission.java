package cn.ggzy.server.domain.model.intake;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A complaint (COMPLAINT) or report (REPORT) as received on the public channel, under its receipt
 * number. It is stored before its case exists ({@code caseId} null: waiting to be registered) and
 * keeps only hashes of the idempotency key and of the access code. {@code fingerprint} is a digest
 * of the content, to tell a retry from a different submission under the same key.
 */
public record Submission(String receiptNumber, RegionCode region, String kind, Instant receivedAt, boolean late,
    String keyHash, String fingerprint, String accessCodeHash, FilerIdentity identity, SubmissionDetails details,
    List<EvidenceFile> files, List<SubmissionMessage> messages, String caseId, String caseNumber, TenantId owner,
    long version) {
  public Submission {
    files = List.copyOf(files);
    messages = List.copyOf(messages);
  }

  public boolean registered() {
    return caseId != null;
  }

  public Submission registeredAs(String id, String number, TenantId department) {
    return new Submission(receiptNumber, region, kind, receivedAt, late, keyHash, fingerprint, accessCodeHash,
        identity, details, files, messages, id, number, department, version);
  }

  /** With one more message and the files it brought. */
  public Submission with(SubmissionMessage message, List<EvidenceFile> added) {
    List<SubmissionMessage> m = new ArrayList<>(messages);
    m.add(message);
    List<EvidenceFile> f = new ArrayList<>(files);
    f.addAll(added);
    return new Submission(receiptNumber, region, kind, receivedAt, late, keyHash, fingerprint, accessCodeHash,
        identity, details, f, m, caseId, caseNumber, owner, version);
  }
}
