package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A synchronous audio/video record (音视频同步记录) of a supervised project: a clip or photo taken at a key
 * moment (隐蔽工程验收前, 材料进场, 检查), with the device's capture time, the server's receipt time, the position
 * and its accuracy when the phone gave one, the device, who recorded it ({@code officer:<login>} or
 * {@code site:<personId>}), the stored file (evidence id, type recognised from the content, size, SHA-256)
 * and its place in the project's chain: its sequence, the previous record's hash and its own
 * {@link #recordHash}, the SHA-256 of {@link #canonical()}.
 *
 * <p>The id is the project's id, {@code -R} and the sequence, so that every record of a chain is read by its
 * exact key and a removed one leaves a gap.
 */
public record SiteRecord(TenantId department, String id, String projectId, long sequence, Kind kind, Moment moment,
    String note, Instant capturedAt, Instant receivedAt, Double latitude, Double longitude, Double accuracyMeters,
    String device, String recordedBy, String evidenceId, String contentType, long size, String sha256,
    String previousHash, String recordHash) {

  /** The version tag that starts the canonical text. */
  public static final String CANONICAL_VERSION = "ggzy-site-record-v1";

  /** What was recorded, with the largest file accepted and the content categories that fit. */
  public enum Kind {
    VIDEO(200L * 1024 * 1024, List.of("video")),
    AUDIO(50L * 1024 * 1024, List.of("audio", "video")),
    PHOTO(10L * 1024 * 1024, List.of("image"));

    private final long maxBytes;
    private final List<String> categories;

    Kind(long maxBytes, List<String> categories) {
      this.maxBytes = maxBytes;
      this.categories = categories;
    }

    public long maxBytes() {
      return maxBytes;
    }

    /**
     * Whether content of this category (as recognised from the bytes) fits: a photo must be an image; a
     * recording in the browser's WebM or MP4 container is recognised as video even when it holds sound only.
     */
    public boolean accepts(String category) {
      return categories.contains(category);
    }
  }

  /** The key moment recorded: concealed works before covering, material entry, an inspection, other. */
  public enum Moment { CONCEALED_WORKS, MATERIAL_ENTRY, INSPECTION, OTHER }

  /** The id of the record at {@code sequence} of the project's chain. */
  public static String idOf(String projectId, long sequence) {
    return projectId + "-R" + sequence;
  }

  /** The project a record id belongs to, or null when it is not a record id. */
  public static String projectOf(String recordId) {
    int at = recordId == null ? -1 : recordId.lastIndexOf("-R");
    if (at <= 0) {
      return null;
    }
    String digits = recordId.substring(at + 2);
    return digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit) ? null
        : recordId.substring(0, at);
  }

  /** This record placed at {@code sequence} after the record whose hash is {@code previous}, its hash computed. */
  public SiteRecord placed(long newSequence, String previous) {
    SiteRecord r = new SiteRecord(department, idOf(projectId, newSequence), projectId, newSequence, kind, moment, note,
        capturedAt, receivedAt, latitude, longitude, accuracyMeters, device, recordedBy, evidenceId, contentType, size,
        sha256, previous, null);
    return new SiteRecord(department, r.id, projectId, newSequence, kind, moment, note, capturedAt, receivedAt,
        latitude, longitude, accuracyMeters, device, recordedBy, evidenceId, contentType, size, sha256, previous,
        r.computedHash());
  }

  /**
   * The canonical text the hash covers: {@link #CANONICAL_VERSION}, then each field (id, department, project,
   * sequence, kind, moment, note, capture and receipt time in epoch milliseconds, latitude, longitude, accuracy,
   * device, recorded by, evidence id, content type, size, content SHA-256, previous hash) as a line
   * {@code name=value} with the value's UTF-8 length before it ({@code name:length=value}), or {@code name-} when
   * absent. No two different records have the same text.
   */
  public String canonical() {
    StringBuilder text = new StringBuilder(CANONICAL_VERSION).append('\n');
    String[][] fields = {{"id", id}, {"department", department.value()}, {"projectId", projectId},
        {"sequence", Long.toString(sequence)}, {"kind", kind.name()}, {"moment", moment.name()}, {"note", note},
        {"capturedAt", millis(capturedAt)}, {"receivedAt", millis(receivedAt)}, {"latitude", number(latitude)},
        {"longitude", number(longitude)}, {"accuracyMeters", number(accuracyMeters)}, {"device", device},
        {"recordedBy", recordedBy}, {"evidenceId", evidenceId}, {"contentType", contentType},
        {"size", Long.toString(size)}, {"sha256", sha256}, {"previousHash", previousHash}};
    for (String[] f : fields) {
      if (f[1] == null) {
        text.append(f[0]).append("-\n");
      } else {
        text.append(f[0]).append(':').append(f[1].getBytes(StandardCharsets.UTF_8).length).append('=').append(f[1])
            .append('\n');
      }
    }
    return text.toString();
  }

  /** The SHA-256 (lower-case hex) of the canonical text: what {@link #recordHash} must be. */
  public String computedHash() {
    return sha256(canonical().getBytes(StandardCharsets.UTF_8));
  }

  private static String millis(Instant at) {
    return at == null ? null : Long.toString(at.toEpochMilli());
  }

  private static String number(Double d) {
    return d == null ? null : Double.toString(d);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
