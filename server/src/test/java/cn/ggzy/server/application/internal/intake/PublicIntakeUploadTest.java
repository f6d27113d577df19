package cn.ggzy.server.application.internal.intake;

import static cn.ggzy.server.application.internal.intake.IntakeFixtures.client;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.jpeg;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.key;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.proof;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.application.IntakeViews.UploadStart;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Evidence uploads: type from the content, limits, SHA-256, resumable parts, retries. */
class PublicIntakeUploadTest {
  private final DefaultPublicIntake intake = IntakeFixtures.intake();

  private static String id() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void aPhotoIsStoredWithItsTypeAndSha256InGridFs() throws Exception {
    byte[] photo = jpeg(600_000);
    Upload u = intake.uploadWhole(client(), id(), "现场照片.jpg", in(photo));
    assertTrue(u.complete());
    assertEquals("image/jpeg", u.contentType());
    assertEquals(sha256(photo), u.sha256());
    assertEquals(photo.length, u.size());
    MongoDatabase db = TestContainer.get(MongoDatabase.class);
    Document file = db.getCollection("intake_evidence.files").find(new Document("_id", "f-" + u.uploadId())).first();
    assertEquals(sha256(photo), file.get("metadata", Document.class).getString("sha256"));
    assertEquals(3L, db.getCollection("intake_evidence.chunks").countDocuments(new Document("files_id", "f-" + u.uploadId())));
    try (InputStream back = TestContainer.get(EvidenceStore.class).open("f-" + u.uploadId())) {
      assertArrayEquals(photo, back.readAllBytes());
    }
  }

  @Test
  void aProgramNamedLikeAPhotoIsRefusedAndLeavesNothingBehind() {
    String id = id();
    DomainException e = assertThrows(DomainException.class,
        () -> intake.uploadWhole(client(), id, "照片.jpg", in(IntakeFixtures.exe())));
    assertEquals("intake.upload.type.notAllowed", e.code());
    MongoDatabase db = TestContainer.get(MongoDatabase.class);
    assertEquals(0, db.getCollection("intake_evidence.chunks").countDocuments(new Document("files_id", "f-" + id)));
    assertEquals(0, db.getCollection("intake_uploads").countDocuments(new Document("_id", id)));
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("application/pdf", intake.uploadWhole(client(), id(), "scan.jpg", in(pdf)).contentType(),
        "a PDF named .jpg is a PDF");
    e = assertThrows(DomainException.class, () -> intake.uploadWhole(client(), id(), "empty.pdf", in(new byte[0])));
    assertEquals("intake.upload.empty", e.code());
  }

  @Test
  void filesOverTheLimitAreRefusedWhileTheyArrive() {
    DefaultPublicIntake small = IntakeFixtures.intake(IntakeSettings.defaults().withPow(2)
        .withRates(1000, 1000, 1000, 1000, 1000).withFileLimits(100_000, 150_000, 2));
    Limits limits = small.limits();
    assertEquals(100_000, limits.maxFileBytes());
    assertEquals(150_000, limits.maxSubmissionBytes());
    assertTrue(limits.allowedTypes().stream().anyMatch(t -> t.mimeType().equals("video/mp4")));
    DomainException e = assertThrows(DomainException.class,
        () -> small.uploadWhole(client(), id(), "big.jpg", in(jpeg(100_001))));
    assertEquals("intake.upload.tooLarge", e.code());
    e = assertThrows(DomainException.class,
        () -> small.startUpload(client(), new UploadStart(id(), "big.mp4", 100_001, null)));
    assertEquals("intake.upload.tooLarge", e.code());

    Client client = client();
    Upload a = small.uploadWhole(client, id(), "a.jpg", in(jpeg(90_000)));
    Upload b = small.uploadWhole(client, id(), "b.jpg", in(jpeg(90_000)));
    Upload c = small.uploadWhole(client, id(), "c.jpg", in(jpeg(1000)));
    IntakeValidationException tooMuch = assertThrows(IntakeValidationException.class, () -> small.fileReport(client,
        IntakeFixtures.anonymousReport(key(), proof(small, client), List.of(a.uploadId(), b.uploadId()))));
    assertEquals(List.of(new Violation("intake.evidence.totalTooLarge", "evidenceUploadIds")), tooMuch.violations());
    IntakeValidationException tooMany = assertThrows(IntakeValidationException.class, () -> small.fileReport(client,
        IntakeFixtures.anonymousReport(key(), proof(small, client), List.of(a.uploadId(), c.uploadId(),
            small.uploadWhole(client, id(), "d.jpg", in(jpeg(500))).uploadId()))));
    assertTrue(tooMany.violations().contains(new Violation("intake.evidence.tooMany", "evidenceUploadIds")));
  }

  @Test
  void aResumableUploadSurvivesRetriedAndBrokenChunks() {
    Client client = client();
    byte[] video = new byte[1_300_000];
    new Random(7).nextBytes(video);
    System.arraycopy("\0\0\0\u0020ftypisom".getBytes(StandardCharsets.ISO_8859_1), 0, video, 0, 12);
    String id = id();
    Upload started = intake.startUpload(client, new UploadStart(id, "录像.mp4", video.length, sha256(video)));
    assertEquals(0, started.received());
    assertEquals(started, intake.startUpload(client, new UploadStart(id, "录像.mp4", video.length, sha256(video))),
        "starting again finds the same upload");
    Upload first = intake.appendChunk(client, id, 0, in(Arrays.copyOfRange(video, 0, 500_000)));
    assertEquals(500_000, first.received());
    // the answer was lost: the client sends the same chunk again
    assertEquals(500_000, intake.appendChunk(client, id, 0, in(Arrays.copyOfRange(video, 0, 500_000))).received());
    // a chunk that overlaps what arrived: only the new bytes are kept
    assertEquals(700_000, intake.appendChunk(client, id, 400_000, in(Arrays.copyOfRange(video, 400_000, 700_000)))
        .received());
    StateConflictException gap = assertThrows(StateConflictException.class,
        () -> intake.appendChunk(client, id, 900_000, in(Arrays.copyOfRange(video, 900_000, 1_000_000))));
    assertEquals("intake.upload.offset", gap.code());
    assertEquals(700_000, intake.upload(id).received(), "the client asks where to go on");
    assertFalse(intake.upload(id).complete());
    Upload done = intake.appendChunk(client, id, 700_000, in(Arrays.copyOfRange(video, 700_000, video.length)));
    assertTrue(done.complete());
    assertEquals("video/mp4", done.contentType());
    assertEquals(sha256(video), done.sha256());
    assertEquals(done, intake.appendChunk(client, id, 700_000, in(new byte[0])), "a late retry changes nothing");
    DomainException overflow = assertThrows(DomainException.class, () -> {
      String other = id();
      intake.startUpload(client, new UploadStart(other, "x.mp4", 10, null));
      intake.appendChunk(client, other, 0, in(Arrays.copyOfRange(video, 0, 20)));
    });
    assertEquals("intake.upload.sizeMismatch", overflow.code());
  }

  @Test
  void aDeclaredChecksumThatDoesNotMatchIsRefused() {
    Client client = client();
    byte[] photo = jpeg(50_000);
    String id = id();
    intake.startUpload(client, new UploadStart(id, "p.jpg", photo.length, sha256(new byte[] {1})));
    DomainException e = assertThrows(DomainException.class, () -> intake.appendChunk(client, id, 0, in(photo)));
    assertEquals("intake.upload.sha256.mismatch", e.code());
  }

  @Test
  void aWholeUploadRetriedUnderItsIdIsStoredOnce() {
    Client client = client();
    String id = id();
    byte[] photo = jpeg(30_000);
    Upload first = intake.uploadWhole(client, id, "p.jpg", in(photo));
    Upload again = intake.uploadWhole(client, id, "p.jpg", in(photo));
    assertEquals(first, again);
    MongoDatabase db = TestContainer.get(MongoDatabase.class);
    assertEquals(1, db.getCollection("intake_evidence.files").countDocuments(new Document("_id", "f-" + id)));
  }

  @Test
  void anUploadBelongsToOneSubmissionOnly() {
    Client client = client();
    Upload photo = intake.uploadWhole(client, id(), "p.jpg", in(jpeg(2000)));
    intake.fileReport(client, IntakeFixtures.anonymousReport(key(), proof(intake, client), List.of(photo.uploadId())));
    IntakeValidationException e = assertThrows(IntakeValidationException.class, () -> intake.fileReport(client,
        IntakeFixtures.anonymousReport(key(), proof(intake, client), List.of(photo.uploadId()))));
    assertEquals(List.of(new Violation("intake.evidence.alreadyUsed", "evidenceUploadIds")), e.violations());
    String unfinished = id();
    intake.startUpload(client, new UploadStart(unfinished, "v.mp4", 1000, null));
    e = assertThrows(IntakeValidationException.class, () -> intake.fileReport(client,
        IntakeFixtures.anonymousReport(key(), proof(intake, client), List.of(unfinished))));
    assertEquals(List.of(new Violation("intake.evidence.incomplete", "evidenceUploadIds")), e.violations());
  }
}
