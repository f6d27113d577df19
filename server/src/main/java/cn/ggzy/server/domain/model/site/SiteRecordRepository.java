package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The audio/video records of a department's projects, each project's chain head, and the uploads on their
 * way in. Records are appended and never changed; appending is safe when several uploads finish at once.
 */
public interface SiteRecordRepository {
  /** A fresh random suffix for an upload id of the department. */
  String nextUploadKey(TenantId department);

  /** Creates the upload; if its id exists, changes nothing and answers the stored one. */
  Optional<SiteUpload> start(SiteUpload upload);

  Optional<SiteUpload> upload(TenantId department, String id);

  /** Stores a part at its offset (a retried part replaces itself). */
  void storePart(TenantId department, String uploadId, long offset, byte[] bytes);

  byte[] part(TenantId department, String uploadId, long offset);

  /** Moves {@code received} from {@code from} to {@code to}, recording the part; false if it moved already. */
  boolean advance(TenantId department, String uploadId, long from, long to);

  /** Marks the upload as the record {@code recordId}; its parts are removed. */
  void finish(TenantId department, String uploadId, String recordId);

  /**
   * Claims the content SHA-256 within the project for the upload: true when it is (now) the upload's, false
   * when another upload of the project claimed the same content (a replay).
   */
  boolean claimContent(TenantId department, String projectId, String sha256, String uploadId);

  /** The project's chain head (an empty head when it has no record yet). */
  SiteRecordChain.Head head(TenantId department, String projectId);

  /**
   * Places the record at the end of its project's chain, also when other records are appended at once
   * (compare-and-set on the head, retried), and answers it as stored.
   */
  SiteRecord append(SiteRecord unplaced);

  Optional<SiteRecord> record(TenantId department, String id);

  /** The project's records in sequence order as stored (a removed one is simply absent). */
  List<SiteRecord> records(TenantId department, String projectId);
}
