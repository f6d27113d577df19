package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.TenantId;
import java.util.Optional;

/** Where reviewed document files are kept, per department; a read names the tenant. */
public interface DocumentFiles {
  /** A stored file: its id, SHA-256 and size. */
  record Stored(String fileId, String sha256, long size) {}

  Stored store(TenantId tenant, String fileName, byte[] content);

  Optional<byte[]> read(TenantId tenant, String fileId);
}
