package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.inspection.PhotoStore;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Inspection photos in the GridFS bucket {@code inspection_photos} of the same database. The
 * file's metadata holds its tenant and SHA-256; a read names the tenant and checks both.
 */
@ApplicationScoped
public class GridFsPhotoStore implements PhotoStore {
  static final String BUCKET = "inspection_photos";
  private MongoDatabase database;

  protected GridFsPhotoStore() {}

  @Inject
  public GridFsPhotoStore(MongoDatabase database) {
    this.database = database;
  }

  private GridFSBucket bucket() {
    return GridFSBuckets.create(database, BUCKET);
  }

  @Override
  public StoredFile store(TenantId tenant, String fileName, String contentType, byte[] content) {
    String sha256 = Hashes.sha256(content);
    GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("tenantId", tenant.value())
        .append("sha256", sha256).append("contentType", contentType));
    ObjectId id = bucket().uploadFromStream(fileName, new ByteArrayInputStream(content), options);
    return new StoredFile(id.toHexString(), sha256, content.length);
  }

  @Override
  public Optional<byte[]> read(TenantId tenant, String fileId) {
    if (fileId == null || !ObjectId.isValid(fileId)) {
      return Optional.empty();
    }
    ObjectId id = new ObjectId(fileId);
    GridFSFile file = bucket().find(and(eq("_id", id), eq("metadata.tenantId", tenant.value()))).first();
    if (file == null) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bucket().downloadToStream(id, out);
    byte[] content = out.toByteArray();
    if (!Hashes.sha256(content).equals(file.getMetadata().getString("sha256"))) {
      throw new IllegalStateException("stored photo " + fileId + " no longer matches its SHA-256");
    }
    return Optional.of(content);
  }
}
