package cn.ggzy.server.application.internal.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.TestClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.SiteRecords.SiteRecordFile;
import cn.ggzy.server.application.SiteRecords.SiteRecordProof;
import cn.ggzy.server.application.SiteRecords.SiteRecordStart;
import cn.ggzy.server.application.SiteRecords.SiteRecordUpload;
import cn.ggzy.server.application.SiteRecords.SiteRecordVerification;
import cn.ggzy.server.application.SiteRecords.SiteRecordView;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.Enrolment;
import cn.ggzy.server.application.SiteSupervision.ReplacementInput;
import cn.ggzy.server.application.SiteSupervision.SitePersonInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectView;
import cn.ggzy.server.application.SiteSupervision.SiteVertex;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.application.internal.site.SitePhotos.Portrait;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.site.RecordOffsetException;
import cn.ggzy.server.domain.model.site.SiteRecord.Kind;
import cn.ggzy.server.domain.model.site.SiteRecord.Moment;
import cn.ggzy.server.domain.service.FaceRecognition;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.persistence.mongo.site.SiteRecordTampering;
import cn.ggzy.tenants.TenantId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 音视频同步记录 through the real wiring: an officer's clip uploaded in three parts (a part retried, one at a
 * wrong offset refused), a site manager's photo through the personal link, a "photo" that is no image refused
 * with the chain unchanged, a replayed clip refused, concurrent uploads chained without a fork, the chain
 * verified with the files, a record's proof; another department refused; a record deleted in the database
 * found by the verification; a replaced manager's link refused.
 */
class SiteRecordsTest {
  private static final AtomicInteger N = new AtomicInteger(870_000);
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final TenantId JTJ = TenantId.of("421181-jtj");
  private static final List<SiteVertex> SITE = List.of(new SiteVertex(31.170, 115.010),
      new SiteVertex(31.170, 115.011), new SiteVertex(31.171, 115.011), new SiteVertex(31.171, 115.010));
  private static List<Portrait> portraits;

  private final SiteSupervision sites = TestContainer.get(SiteSupervision.class);
  private final SiteRecords records = TestContainer.get(SiteRecords.class);
  private final AuditLog audit = TestContainer.get(AuditLog.class);

  @BeforeAll
  static void cutPortraits() {
    portraits = SitePhotos.portraits(TestContainer.get(FaceRecognition.class));
    assertTrue(portraits.size() >= 2, "the samples give portraits: " + portraits.size());
  }

  private static Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "rec" + N.incrementAndGet(), "记录" + N.get(), role);
  }

  private static String residentId(int n) {
    return CreditFixtures.residentId("42118119810101" + String.format("%03d", n % 1000));
  }

  private static SitePersonInput manager(String name) {
    return new SitePersonInput("PROJECT_MANAGER", name, residentId(N.incrementAndGet()), "鄂142" + N.incrementAndGet(),
        "13871234567");
  }

  private SiteProjectView project(Caller officer) {
    LocalDate today = TestClock.today();
    return sites.register(officer, new SiteProjectInput(null, "XM-" + N.incrementAndGet(), "城西管网二标段",
        "麻城市城投公司", null, CreditFixtures.code(N.incrementAndGet()), "湖北某建设有限公司",
        new BigDecimal("9600000"), today.minusMonths(1), today.plusYears(1), SITE, "麻城市鼓楼街道",
        LocalTime.of(7, 0), LocalTime.of(19, 0)));
  }

  /** An MP4 clip as the inspector recognises it (ftyp isom), with random bytes after the header. */
  private static byte[] clip(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  /** A small GIF header with random bytes: recognised as an image. */
  private static byte[] gif(long seed) {
    byte[] bytes = new byte[600];
    new Random(seed).nextBytes(bytes);
    System.arraycopy("GIF89a".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 6);
    return bytes;
  }

  private static SiteRecordStart start(Kind kind, Moment moment, String type, byte[] bytes) {
    return new SiteRecordStart(null, kind, moment, "说明", TestClock.now().minusSeconds(60), 31.1705, 115.0105, 6.0,
        "Android 14 / Pixel 8", type, bytes.length, Hashes.sha256(bytes));
  }

  private static InputStream in(byte[] bytes, int from, int to) {
    return new ByteArrayInputStream(Arrays.copyOfRange(bytes, from, to));
  }

  private SiteRecordView photoByLink(String token, byte[] bytes) {
    SiteRecordUpload u = records.start(token, start(Kind.PHOTO, Moment.MATERIAL_ENTRY, "image/jpeg", bytes));
    records.part(token, u.uploadId(), 0, in(bytes, 0, bytes.length));
    return records.complete(token, u.uploadId());
  }

  @Test
  void recordsAreChainedVerifiedAndTamperingIsFound() throws Exception {
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    SiteProjectView p = project(officer);
    Enrolment manager = sites.enrol(officer, p.id(), manager("陈立新"), portraits.get(0).jpeg());
    String token = manager.checkInToken();

    // an officer's clip before the concealed works are covered, in three parts from a weak network
    byte[] video = clip(3000, 1);
    SiteRecordUpload u = records.start(officer, p.id(), start(Kind.VIDEO, Moment.CONCEALED_WORKS, "video/mp4", video));
    assertEquals(0, u.received());
    assertEquals(1000, records.part(officer, p.id(), u.uploadId(), 0, in(video, 0, 1000)).received());
    assertEquals(2000, records.part(officer, p.id(), u.uploadId(), 1000, in(video, 1000, 2000)).received());
    // the answer to the second part was lost: the same part again changes nothing
    assertEquals(2000, records.part(officer, p.id(), u.uploadId(), 1000, in(video, 1000, 2000)).received());
    RecordOffsetException gap = assertThrows(RecordOffsetException.class,
        () -> records.part(officer, p.id(), u.uploadId(), 2500, in(video, 2500, 3000)));
    assertEquals(2000, gap.expected());
    assertEquals("site.record.upload.offset", gap.code());
    StateConflictException early = assertThrows(StateConflictException.class,
        () -> records.complete(officer, p.id(), u.uploadId()));
    assertEquals("site.record.upload.incomplete", early.code());
    assertEquals(3000, records.part(officer, p.id(), u.uploadId(), 2000, in(video, 2000, 3000)).received());
    SiteRecordView first = records.complete(officer, p.id(), u.uploadId());
    assertEquals(1, first.sequence());
    assertEquals("video/mp4", first.contentType());
    assertEquals(Hashes.sha256(video), first.sha256());
    // a replayed completion answers the same record, nothing is appended twice
    assertEquals(first.id(), records.complete(officer, p.id(), u.uploadId()).id());

    // limits and declarations
    DomainException tooLarge = assertThrows(DomainException.class, () -> records.start(officer, p.id(),
        new SiteRecordStart(null, Kind.VIDEO, Moment.INSPECTION, null, TestClock.now(), null, null, null, null,
            "video/mp4", 201L * 1024 * 1024, Hashes.sha256(video))));
    assertEquals("site.record.tooLarge.video", tooLarge.code());

    // a "photo" that is no image (a text file, a PDF) is refused, and the chain is unchanged
    byte[] text = "这不是照片，只是一段文字。".repeat(20).getBytes(StandardCharsets.UTF_8);
    DomainException notImage = assertThrows(DomainException.class, () -> photoByLink(token, text));
    assertEquals("site.record.photo.notImage", notImage.code());
    byte[] pdf = ("%PDF-1.4\n" + "x".repeat(500)).getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("site.record.photo.notImage",
        assertThrows(DomainException.class, () -> photoByLink(token, pdf)).code());
    // a declared SHA-256 that the bytes do not give
    SiteRecordUpload lying = records.start(token, new SiteRecordStart(null, Kind.PHOTO, Moment.OTHER, null,
        TestClock.now(), null, null, null, null, "image/gif", 600, Hashes.sha256("other")));
    records.part(token, lying.uploadId(), 0, new ByteArrayInputStream(gif(99)));
    assertEquals("site.record.sha256.mismatch",
        assertThrows(DomainException.class, () -> records.complete(token, lying.uploadId())).code());
    assertEquals(1, records.records(officer, p.id()).size());

    // the manager's photo of the material entering the site, through the personal link
    SiteRecordView second = photoByLink(token, portraits.get(0).jpeg());
    assertEquals(2, second.sequence());
    assertEquals(first.recordHash(), second.previousHash());
    assertEquals("site:" + manager.person().id(), second.recordedBy());
    assertEquals("陈立新", second.recordedByName());
    assertEquals(1, records.ownRecords(token).size());
    // the same photo sent again under a new upload: a replay, refused
    assertEquals("site.record.duplicate",
        assertThrows(StateConflictException.class, () -> photoByLink(token, portraits.get(0).jpeg())).code());

    // four uploads finishing at once do not fork the chain
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SiteRecordView>> done = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        byte[] photo = gif(1000 + i);
        SiteRecordUpload up = records.start(officer, p.id(), start(Kind.PHOTO, Moment.INSPECTION, "image/gif", photo));
        records.part(officer, p.id(), up.uploadId(), 0, new ByteArrayInputStream(photo));
        done.add(pool.submit(() -> records.complete(officer, p.id(), up.uploadId())));
      }
      List<Long> sequences = new ArrayList<>();
      for (Future<SiteRecordView> f : done) {
        sequences.add(f.get().sequence());
      }
      assertEquals(List.of(3L, 4L, 5L, 6L), sequences.stream().sorted().toList());
    } finally {
      pool.shutdown();
    }
    List<SiteRecordView> timeline = records.records(officer, p.id());
    assertEquals(6, timeline.size());
    for (int i = 1; i < timeline.size(); i++) {
      assertEquals(timeline.get(i - 1).recordHash(), timeline.get(i).previousHash());
    }

    SiteRecordVerification intact = records.verify(officer, p.id(), true);
    assertTrue(intact.intact(), () -> "intact: " + intact);
    assertEquals(6, intact.recordsChecked());
    assertEquals(6, intact.contentsChecked());
    assertEquals(6, intact.headSequence());

    // played back in the console: the file as uploaded, the read audited
    SiteRecordFile file = records.content(officer, p.id(), first.id());
    try (InputStream content = file.content()) {
      assertArrayEquals(video, content.readAllBytes());
    }
    assertTrue(file.fileName().endsWith(".mp4"), file.fileName());
    assertTrue(audit.recent(ZJJ, 20).stream().anyMatch(e -> e.action().equals("site.record.READ")
        && e.target().equals(first.id()) && e.actor().equals(officer.login().value())));

    // the proof of the second record
    SiteRecordProof proof = records.proof(officer, p.id(), second.id());
    assertTrue(proof.hashMatches());
    assertEquals(first.recordHash(), proof.previousHash());
    assertEquals(6, proof.headSequence());
    assertEquals(timeline.get(5).recordHash(), proof.headHash());
    assertTrue(proof.toJson().contains("\"recordHash\": \"" + second.recordHash() + "\""), proof.toJson());

    // another department sees nothing of it
    Caller jtj = person(JTJ, Role.DEPARTMENT_HEAD);
    assertThrows(NotFoundException.class, () -> records.records(jtj, p.id()));
    assertThrows(NotFoundException.class, () -> records.content(jtj, p.id(), first.id()));
    assertThrows(NotFoundException.class, () -> records.upload(jtj, p.id(), u.uploadId()));
    // a record id of another project is not found through this one
    SiteProjectView other = project(officer);
    assertThrows(NotFoundException.class, () -> records.content(officer, other.id(), first.id()));

    // someone with access to the database alters a note, then deletes the first record: both are found
    SiteRecordTampering.alterNote(timeline.get(3).id(), "改过的说明");
    SiteRecordVerification altered = records.verify(officer, p.id(), false);
    assertFalse(altered.intact());
    assertEquals(4L, altered.breakSequence());
    assertEquals("RECORD_ALTERED", altered.breakKind());
    assertTrue(SiteRecordTampering.remove(first.id()));
    SiteRecordVerification removed = records.verify(officer, p.id(), false);
    assertEquals(1L, removed.breakSequence());
    assertEquals("RECORD_MISSING", removed.breakKind());

    // the manager is replaced: the old link records nothing more
    sites.replace(head, manager.person().id(), new ReplacementInput("麻城投函〔2026〕31号", "调任",
        manager("周建华")), portraits.get(1).jpeg());
    StateConflictException replaced = assertThrows(StateConflictException.class,
        () -> records.start(token, start(Kind.PHOTO, Moment.OTHER, "image/gif", gif(7))));
    assertEquals("site.person.replaced", replaced.code());
  }

  @Test
  void aStrangerLinkFindsNothing() {
    assertThrows(NotFoundException.class, () -> records.start("x".repeat(30),
        start(Kind.PHOTO, Moment.OTHER, "image/gif", gif(1))));
  }
}
