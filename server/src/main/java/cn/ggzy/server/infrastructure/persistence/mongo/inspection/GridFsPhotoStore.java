package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import cn.ggzy.server.domain.model.inspection.PhotoStore;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Inspection photos in the GridFS bucket {@code inspection_photos} ({@link GridFsFiles}). The
 * file's metadata holds its tenant and SHA-256; a read names the tenant and checks both.
 */
@ApplicationScoped
public class GridFsPhotoStore implements PhotoStore {
  static final String BUCKET = "inspection_photos";
  private GridFsFiles files;

  protected GridFsPhotoStore() {}

  @Inject
  public GridFsPhotoStore(MongoConnection mongo) {
    this.files = new GridFsFiles(mongo, BUCKET);
  }

  @Override
  public StoredFile store(TenantId tenant, String fileName, String contentType, byte[] content) {
    GridFsFiles.Written written = files.write(GridFsFiles.newId(), fileName, new ByteArrayInputStream(content),
        (bytes, offset, length) -> { },
        (length, sha256) -> new Document("tenantId", tenant.value()).append("sha256", sha256)
            .append("contentType", contentType));
    return new StoredFile(((ObjectId) written.id()).toHexString(), written.sha256(), written.length());
  }

  @Override
  public Optional<byte[]> read(TenantId tenant, String fileId) {
    if (fileId == null || !ObjectId.isValid(fileId)) {
      return Optional.empty();
    }
    return files.find(new ObjectId(fileId))
        .filter(file -> file.metadata() != null && tenant.value().equals(file.metadata().getString("tenantId")))
        .map(files::readAll);
  }
}
