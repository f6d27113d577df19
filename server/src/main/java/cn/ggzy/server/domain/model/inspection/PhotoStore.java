package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.TenantId;
import java.util.Optional;

/** Where the photos of inspections are kept (files with their SHA-256), per tenant. */
public interface PhotoStore {
  /** A stored file. */
  record StoredFile(String fileId, String sha256, long size) {}

  StoredFile store(TenantId tenant, String fileName, String contentType, byte[] content);

  /** The content of the tenant's file; empty for another tenant's. */
  Optional<byte[]> read(TenantId tenant, String fileId);
}
