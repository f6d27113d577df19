package cn.ggzy.server.domain.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.site.SiteRecordChain.Break;
import cn.ggzy.server.domain.model.site.SiteRecordChain.Head;
import cn.ggzy.server.domain.model.site.SiteRecordChain.Verdict;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's record chain: intact, a record removed, a field altered, a stored file altered. */
class SiteRecordChainTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final String PROJECT = "421181-zjj~XM-ABCDEFGHJK";
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");

  private static SiteRecord unplaced(int n) {
    return new SiteRecord(ZJJ, null, PROJECT, 0, SiteRecord.Kind.VIDEO, SiteRecord.Moment.CONCEALED_WORKS,
        "钢筋隐蔽验收 " + n, AT.plusSeconds(n), AT.plusSeconds(n + 5), 31.17, 115.01, 8.0, "Android 14 / Pixel 8",
        "officer:zhang", "f-" + n, "video/mp4", 1000 + n, SiteRecord.sha256(("clip " + n).getBytes()), null, null);
  }

  /** Five records appended one after the other, and the head after the last. */
  private static List<SiteRecord> chain(int count, Head[] head) {
    Head h = Head.empty(ZJJ, PROJECT);
    List<SiteRecord> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      SiteRecord r = h.next(unplaced(i));
      records.add(r);
      h = h.after(r);
    }
    head[0] = h;
    return records;
  }

  private static SiteRecord withNote(SiteRecord r, String note) {
    return new SiteRecord(r.department(), r.id(), r.projectId(), r.sequence(), r.kind(), r.moment(), note,
        r.capturedAt(), r.receivedAt(), r.latitude(), r.longitude(), r.accuracyMeters(), r.device(), r.recordedBy(),
        r.evidenceId(), r.contentType(), r.size(), r.sha256(), r.previousHash(), r.recordHash());
  }

  @Test
  void anIntactChainVerifies() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(5, head);
    assertEquals(SiteRecordChain.GENESIS, records.get(0).previousHash());
    assertEquals(records.get(0).recordHash(), records.get(1).previousHash());
    assertEquals(PROJECT + "-R3", records.get(2).id());
    assertEquals(PROJECT, SiteRecord.projectOf(records.get(2).id()));
    Verdict v = SiteRecordChain.verify(records, head[0], Map.of(records.get(1).id(), records.get(1).sha256()));
    assertTrue(v.intact(), () -> "intact: " + v);
    assertEquals(5, v.recordsChecked());
    assertEquals(1, v.contentsChecked());
    assertEquals(5, v.headSequence());
    assertEquals(records.get(4).recordHash(), v.headHash());
  }

  @Test
  void aRemovedRecordIsFoundAtItsSequence() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(5, head);
    records.remove(2);
    Verdict v = SiteRecordChain.verify(records, head[0], Map.of());
    assertEquals(new Break(3, Break.Kind.RECORD_MISSING), v.firstBreak());
    assertEquals(3, v.recordsChecked());
  }

  @Test
  void theLastRecordRemovedIsFoundByTheHead() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(3, head);
    records.remove(2);
    assertEquals(new Break(3, Break.Kind.RECORD_MISSING),
        SiteRecordChain.verify(records, head[0], Map.of()).firstBreak());
    // without the head, only the records themselves: they still join
    assertNull(SiteRecordChain.verify(records, null, Map.of()).firstBreak());
  }

  @Test
  void anAlteredFieldIsFound() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(4, head);
    records.set(1, withNote(records.get(1), "钢筋隐蔽验收（已补拍）"));
    assertEquals(new Break(2, Break.Kind.RECORD_ALTERED),
        SiteRecordChain.verify(records, head[0], Map.of()).firstBreak());
  }

  @Test
  void anAlteredRecordWithItsHashRecomputedBreaksTheNextLink() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(4, head);
    SiteRecord forged = withNote(records.get(1), "改过的说明").placed(2, records.get(0).recordHash());
    assertNotEquals(records.get(1).recordHash(), forged.recordHash());
    records.set(1, forged);
    assertEquals(new Break(3, Break.Kind.LINK_BROKEN),
        SiteRecordChain.verify(records, head[0], Map.of()).firstBreak());
  }

  @Test
  void anAlteredFileIsFound() {
    Head[] head = new Head[1];
    List<SiteRecord> records = chain(3, head);
    Map<String, String> recomputed = Map.of(records.get(0).id(), records.get(0).sha256(),
        records.get(1).id(), SiteRecord.sha256("another clip".getBytes()));
    Verdict v = SiteRecordChain.verify(records, head[0], recomputed);
    assertEquals(new Break(2, Break.Kind.CONTENT_ALTERED), v.firstBreak());
    assertFalse(v.intact());
    assertEquals(new Break(1, Break.Kind.CONTENT_ALTERED),
        SiteRecordChain.verify(records, head[0], Map.of(records.get(0).id(), "")).firstBreak());
  }

  @Test
  void kindsAcceptOnlyTheirContent() {
    assertTrue(SiteRecord.Kind.PHOTO.accepts("image"));
    assertFalse(SiteRecord.Kind.PHOTO.accepts("pdf"));
    assertFalse(SiteRecord.Kind.VIDEO.accepts("audio"));
    assertTrue(SiteRecord.Kind.AUDIO.accepts("audio"));
    assertNull(SiteRecord.projectOf("no-record-id"));
  }
}
