package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.site.SiteRecord;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * 音视频同步记录: officers and site staff record short clips and photos at a project's key moments (隐蔽工程
 * 覆盖前, 材料进场, 检查). Each is uploaded resumably in parts at offsets from a weak network, with its capture
 * time, position, device and declared SHA-256; on completion the stored file's SHA-256 must equal the declared
 * one, its content must be of the declared kind (a photo an image), and the record is appended to the
 * project's hash chain, so that a removed or altered record is found by {@link #verify}. Officers of the
 * project's department (the office through its scope) list, play (every read of a file audited), verify and
 * download a record's chain proof; site staff record through their personal link, for their own project only.
 */
public interface SiteRecords {

  /** What the phone declares when it starts an upload; {@code uploadId} (optional, 8–64 of A-Z a-z 0-9 _ -) makes a retried start answer the same upload. */
  record SiteRecordStart(String uploadId, SiteRecord.Kind kind, SiteRecord.Moment moment, String note,
      Instant capturedAt, Double latitude, Double longitude, Double accuracyMeters, String device, String contentType,
      long size, String sha256) {}

  /** Where an upload stands: bytes received of the size, and the record once complete. */
  record SiteRecordUpload(String uploadId, String projectId, String kind, long size, long received, boolean complete,
      String recordId, long maxPartBytes) {}

  /** A record as the timeline shows it. */
  record SiteRecordView(String id, String projectId, long sequence, String kind, String moment, String note,
      Instant capturedAt, Instant receivedAt, Double latitude, Double longitude, Double accuracyMeters, String device,
      String recordedBy, String recordedByName, String contentType, long size, String sha256, String previousHash,
      String recordHash) {}

  /** A record's file opened for reading: the caller closes {@code content}. */
  record SiteRecordFile(SiteRecordView record, String fileName, InputStream content) {}

  /** A chain's verification: records and files checked, the head, and the first break if any. */
  record SiteRecordVerification(String projectId, Instant checkedAt, long recordsChecked, long contentsChecked,
      long headSequence, String headHash, boolean intact, Long breakSequence, String breakKind) {}

  /**
   * The proof of one record: its fields, the canonical text its hash covers and that hash recomputed, the
   * previous record's hash, and the chain's head when the proof was made (its sequence and hash).
   */
  record SiteRecordProof(String algorithm, SiteRecordView record, String canonicalText, String recomputedHash,
      boolean hashMatches, String previousHash, long headSequence, String headHash, Instant generatedAt) {

    /** The proof as JSON (UTF-8 text), as downloaded from the console. */
    public String toJson() {
      SiteRecordView r = record;
      return "{\n  \"algorithm\": " + q(algorithm) + ",\n  \"record\": {" + String.join(",",
          f("id", q(r.id())), f("projectId", q(r.projectId())), f("sequence", Long.toString(r.sequence())),
          f("kind", q(r.kind())), f("moment", q(r.moment())), f("note", q(r.note())),
          f("capturedAt", q(text(r.capturedAt()))), f("receivedAt", q(text(r.receivedAt()))),
          f("latitude", number(r.latitude())), f("longitude", number(r.longitude())),
          f("accuracyMeters", number(r.accuracyMeters())), f("device", q(r.device())),
          f("recordedBy", q(r.recordedBy())), f("contentType", q(r.contentType())), f("size", Long.toString(r.size())),
          f("sha256", q(r.sha256())), f("previousHash", q(r.previousHash())), f("recordHash", q(r.recordHash())))
          + "\n  },\n  \"canonicalText\": " + q(canonicalText) + ",\n  \"recomputedHash\": " + q(recomputedHash)
          + ",\n  \"hashMatches\": " + hashMatches + ",\n  \"previousHash\": " + q(previousHash)
          + ",\n  \"headSequence\": " + headSequence + ",\n  \"headHash\": " + q(headHash)
          + ",\n  \"generatedAt\": " + q(text(generatedAt)) + "\n}\n";
    }

    private static String f(String name, String value) {
      return "\n    \"" + name + "\": " + value;
    }

    private static String text(Instant at) {
      return at == null ? null : at.toString();
    }

    private static String number(Double d) {
      return d == null ? "null" : Double.toString(d);
    }

    private static String q(String s) {
      if (s == null) {
        return "null";
      }
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
  }

  // ------------------------------------------------------------ officers (SUPERVISE_SITES)

  SiteRecordUpload start(Caller caller, String projectId, SiteRecordStart start);

  /** Bytes at {@code offset}: bytes already received are skipped (a retried part is harmless); past them refused. */
  SiteRecordUpload part(Caller caller, String projectId, String uploadId, long offset, InputStream bytes);

  SiteRecordUpload upload(Caller caller, String projectId, String uploadId);

  /** Stores the file, checks it, appends the record; a replayed completion answers the same record. */
  SiteRecordView complete(Caller caller, String projectId, String uploadId);

  /** The project's records, in chain order (the timeline). */
  List<SiteRecordView> records(Caller caller, String projectId);

  /** Opens a record's file (audited: each read is an audit entry). */
  SiteRecordFile content(Caller caller, String projectId, String recordId);

  /** Verifies the project's chain; with {@code contents} every stored file's SHA-256 is recomputed too (audited). */
  SiteRecordVerification verify(Caller caller, String projectId, boolean contents);

  SiteRecordProof proof(Caller caller, String projectId, String recordId);

  // ------------------------------------------------------------ site staff (personal link)

  SiteRecordUpload start(String token, SiteRecordStart start);

  SiteRecordUpload part(String token, String uploadId, long offset, InputStream bytes);

  SiteRecordUpload upload(String token, String uploadId);

  SiteRecordView complete(String token, String uploadId);

  /** The records the link's holder made on the project (newest last). */
  List<SiteRecordView> ownRecords(String token);
}
