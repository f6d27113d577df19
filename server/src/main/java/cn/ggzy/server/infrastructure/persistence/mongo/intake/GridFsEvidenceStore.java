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
    GridFsFiles.Check check = (bytes, offset, length) -> {
      inspector.update(bytes, offset, length);
      if (inspector.size() > maxBytes) {
        throw new DomainException("intake.upload.tooLarge", "file");
      }
      if (inspector.rejectedEarly()) {
        throw new DomainException("intake.upload.type.notAllowed", "file");
      }
    };
    GridFsFiles.Metadata metadata = (length, sha256) -> {
      if (length == 0) {
        throw new DomainException("intake.upload.empty", "file");
      }
      return new Document("sha256", sha256).append("contentType", accepted(inspector).mimeType());
    };
    try {
      GridFsFiles.Written written = files.write("f-" + key, fileName, content, check, metadata);
      return new Stored((String) written.id(), written.length(), written.sha256(), accepted(inspector));
    } catch (UncheckedIOException e) {
      throw new DomainException("intake.upload.interrupted", "file");
    }
  }

  private static FileType accepted(ContentInspector inspector) {
    return inspector.result().orElseThrow(() -> new DomainException("intake.upload.type.notAllowed", "file"));
  }

  @Override
  public InputStream open(String storageId) {
    return files.open(files.find(storageId).orElseThrow(() -> new NotFoundException("intake.evidence.notFound")));
  }
}
