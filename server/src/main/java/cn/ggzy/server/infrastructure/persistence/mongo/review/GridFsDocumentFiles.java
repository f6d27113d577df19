package cn.ggzy.server.infrastructure.persistence.mongo.review;

import cn.ggzy.server.domain.model.review.DocumentFiles;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Reviewed tender documents in the GridFS bucket {@code review_documents}; a read names the tenant. */
@ApplicationScoped
public class GridFsDocumentFiles implements DocumentFiles {
  static final String BUCKET = "review_documents";
  private GridFsFiles files;

  protected GridFsDocumentFiles() {}

  @Inject
  public GridFsDocumentFiles(MongoConnection mongo) {
    this.files = new GridFsFiles(mongo, BUCKET);
  }

  @Override
  public Stored store(TenantId tenant, String fileName, byte[] content) {
    GridFsFiles.Written written = files.write(GridFsFiles.newId(), fileName, new ByteArrayInputStream(content),
        (bytes, offset, length) -> { },
        (length, sha256) -> new Document("tenantId", tenant.value()).append("sha256", sha256));
    return new Stored(((ObjectId) written.id()).toHexString(), written.sha256(), written.length());
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
