package cn.ggzy.server.domain.model.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of a tenant's audit trail. Each entry's hash is the SHA-256 (lower-case hex) of
 * a canonical encoding of all its content, its sequence and the previous entry's hash, so that
 * changing, removing or reordering any entry of the history is detected by {@link ChainCheck}.
 *
 * <p>Canonical encoding, version 1: the UTF-8 bytes of {@code ggzy-audit-v1}, then for each of
 * id, tenant id, time (epoch milliseconds in decimal), actor, action, target, reason, before,
 * after, sequence (decimal), previous hash: a byte 0 when absent, else a byte 1, the length of
 * the value's UTF-8 bytes as a 4-byte big-endian integer and those bytes. No two different
 * entries have the same encoding.
 */
public final class AuditChain {
  /** The previous hash of a tenant's first entry. */
  public static final String GENESIS = "0".repeat(64);
  private static final byte[] VERSION = "ggzy-audit-v1".getBytes(StandardCharsets.UTF_8);

  private AuditChain() {}

  /** The entry at the end of the chain whose current last entry is {@code head} (empty: a new chain). */
  public static AuditEntry append(Optional<AuditEntry> head, AuditEntry entry) {
    long sequence = head.map(AuditEntry::sequence).orElse(0L) + 1;
    String previous = head.map(AuditEntry::hash).orElse(GENESIS);
    AuditEntry placed = entry.placed(sequence, previous, null);
    return placed.placed(sequence, previous, hash(placed));
  }

  /** The hash the entry must carry, computed from its content, sequence and previous hash. */
  public static String hash(AuditEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(VERSION);
    for (String field : new String[] {e.id(), e.tenantId().value(), Long.toString(e.at().toEpochMilli()),
        e.actor(), e.action(), e.target(), e.reason(), e.before(), e.after(), Long.toString(e.sequence()),
        e.previousHash()}) {
      write(out, field);
    }
    return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
  }

  private static void write(ByteArrayOutputStream out, String value) {
    if (value == null) {
      out.write(0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(1);
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
