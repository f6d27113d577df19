package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.FileType;
import cn.ggzy.server.infrastructure.files.ContentInspector;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bson.Document;

/**
 * The public's evidence in the GridFS bucket {@code intake_evidence} ({@link GridFsFiles}), with
 * the SHA-256 and the type recognised from the content in the file's metadata. The type is checked
 * while the bytes arrive: a file that cannot be of an accepted kind is dropped as soon as its head
 * shows it, and one past the size limit as soon as it passes it.
 */
@ApplicationScoped
public class GridFsEvidenceStore implements EvidenceStore {
  private GridFsFiles files;

  protected GridFsEvidenceStore() {}

  @Inject
  public GridFsEvidenceStore(MongoConnection mongo) {
    this.files = new GridFsFiles(mongo, IntakeCollections.BUCKET);
  }

  @Override
  public Stored store(String key, String fileName, InputStream content, long maxBytes) {
    ContentInspector inspector = new ContentInspector();
    long[] total = {0};
    GridFsFiles.Check check = (bytes, offset, length) -> {
      inspector.update(bytes, offset, length);
      total[0] += length;
      if (total[0] > maxBytes) {
        throw new DomainException("intake.upload.tooLarge", "file");
      }
      if (inspector.rejectedEarly()) {
        throw new DomainException("intake.upload.type.notAllowed", "file");
      }
    };
    FileType[] type = new FileType[1];
    GridFsFiles.Metadata metadata = (length, sha256) -> {
      if (length == 0) {
        throw new DomainException("intake.upload.empty", "file");
      }
      type[0] = inspector.result().orElseThrow(() -> new DomainException("intake.upload.type.notAllowed", "file"));
      return new Document("sha256", sha256).append("contentType", type[0].mimeType());
    };
    try {
      GridFsFiles.Written written = files.write("f-" + key, fileName, content, check, metadata);
      return new Stored((String) written.id(), written.length(), written.sha256(), type[0]);
    } catch (UncheckedIOException e) {
      throw new DomainException("intake.upload.interrupted", "file");
    }
  }

  @Override
  public InputStream open(String storageId) {
    return files.open(files.find(storageId, null).orElseThrow(() -> new NotFoundException("intake.evidence.notFound")));
  }
}
