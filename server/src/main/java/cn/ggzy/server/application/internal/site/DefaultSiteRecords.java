package cn.ggzy.server.application.internal.site;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.SiteRecords;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.FileType;
import cn.ggzy.server.domain.model.site.KeyPerson;
import cn.ggzy.server.domain.model.site.RecordOffsetException;
import cn.ggzy.server.domain.model.site.SiteRecord;
import cn.ggzy.server.domain.model.site.SiteRecordChain;
import cn.ggzy.server.domain.model.site.SiteRecordRepository;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.server.domain.model.site.SiteUpload;
import cn.ggzy.server.domain.model.site.SupervisedProject;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The audio/video records of supervised projects: resumable uploads kept as parts until the last byte, then
 * stored once in the evidence store (type recognised from the content, SHA-256), checked against what the
 * phone declared, and appended to the project's chain. Site staff reach only their own project through their
 * link; officers their department's projects, the office every department's of its region.
 */
@ApplicationScoped
public class DefaultSiteRecords implements SiteRecords {
  /** The most bytes one part request may carry. */
  static final int MAX_PART_BYTES = 8 * 1024 * 1024;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final int MAX_NOTE = 500;
  private static final int MAX_DEVICE = 200;

  private SiteRecordRepository records;
  private SiteRepository sites;
  private EvidenceStore evidence;
  private SiteReach reach;
  private AuditLog audit;
  private Clock clock;

  protected DefaultSiteRecords() {}

  @Inject
  public DefaultSiteRecords(SiteRecordRepository records, SiteRepository sites, EvidenceStore evidence,
      TenantDirectory directory, OfficeScopes scopes, AuditLog audit, Clock clock) {
    this.records = records;
    this.sites = sites;
    this.evidence = evidence;
    this.reach = new SiteReach(directory, scopes, sites);
    this.audit = audit;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- who may

  /** Who records: an officer of the project's reach, or a key person through the personal link. */
  private record Recorder(SupervisedProject project, String actor, String name) {}

  private Recorder officer(Caller caller, String projectId, String purpose) {
    SupervisedProject p = reach.load(caller, projectId, purpose, "projectId", sites::project);
    return new Recorder(p, "officer:" + caller.login().value(), caller.displayName());
  }

  private Recorder staff(String token) {
    KeyPerson k = reach.holder(token);
    SupervisedProject p = sites.project(k.department(), k.projectId())
        .orElseThrow(() -> new NotFoundException("site.link.notFound", "token"));
    return new Recorder(p, "site:" + k.id(), k.name());
  }

  // ---------------------------------------------------------------- officers

  @Override
  public SiteRecordUpload start(Caller caller, String projectId, SiteRecordStart start) {
    return start(officer(caller, projectId, "site.record.start"), start);
  }

  @Override
  public SiteRecordUpload part(Caller caller, String projectId, String uploadId, long offset, InputStream bytes) {
    return part(officer(caller, projectId, "site.record.part"), uploadId, offset, bytes);
  }

  @Override
  public SiteRecordUpload upload(Caller caller, String projectId, String uploadId) {
    return view(upload(officer(caller, projectId, "site.record.upload"), uploadId));
  }

  @Override
  public SiteRecordView complete(Caller caller, String projectId, String uploadId) {
    return complete(officer(caller, projectId, "site.record.complete"), uploadId);
  }

  @Override
  public List<SiteRecordView> records(Caller caller, String projectId) {
    SupervisedProject p = officer(caller, projectId, "site.record.list").project();
    Map<String, String> names = new HashMap<>();
    return records.records(p.department(), p.id()).stream().map(r -> view(r, names)).toList();
  }

  @Override
  public SiteRecordFile content(Caller caller, String projectId, String recordId) {
    Recorder who = officer(caller, projectId, "site.record.content");
    SiteRecord r = record(who.project(), recordId);
    audit.record(r.department(), clock.instant(), caller.login().value(), "site.record.READ", r.id(), null);
    String name = r.id().substring(r.id().indexOf('~') + 1) + "."
        + FileType.of(r.contentType()).map(t -> t.extensions().get(0)).orElse("bin");
    return new SiteRecordFile(view(r, new HashMap<>()), name, evidence.open(r.evidenceId()));
  }

  @Override
  public SiteRecordVerification verify(Caller caller, String projectId, boolean contents) {
    SupervisedProject p = officer(caller, projectId, "site.record.verify").project();
    List<SiteRecord> chain = records.records(p.department(), p.id());
    Map<String, String> recomputed = new HashMap<>();
    if (contents) {
      for (SiteRecord r : chain) {
        recomputed.put(r.id(), sha256Of(r.evidenceId()));
      }
    }
    SiteRecordChain.Verdict v = SiteRecordChain.verify(chain, records.head(p.department(), p.id()), recomputed);
    Instant now = clock.instant();
    audit.record(p.department(), now, caller.login().value(), "site.record.VERIFY", p.id(), null, null,
        v.intact() ? "intact" : v.firstBreak().kind().name() + "@" + v.firstBreak().sequence());
    return new SiteRecordVerification(p.id(), now, v.recordsChecked(), v.contentsChecked(), v.headSequence(),
        v.headHash(), v.intact(), v.intact() ? null : v.firstBreak().sequence(),
        v.intact() ? null : v.firstBreak().kind().name());
  }

  private String sha256Of(String evidenceId) {
    try (InputStream in = evidence.open(evidenceId)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest());
    } catch (NotFoundException | IOException e) {
      return "";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public SiteRecordProof proof(Caller caller, String projectId, String recordId) {
    Recorder who = officer(caller, projectId, "site.record.proof");
    SiteRecord r = record(who.project(), recordId);
    SiteRecordChain.Head head = records.head(r.department(), r.projectId());
    Instant now = clock.instant();
    audit.record(r.department(), now, caller.login().value(), "site.record.PROOF", r.id(), null);
    String recomputed = r.computedHash();
    return new SiteRecordProof("SHA-256 over canonicalText (" + SiteRecord.CANONICAL_VERSION
        + "); previousHash is the hash of the record before, " + SiteRecordChain.GENESIS.substring(0, 8)
        + "… (64 zeros) for the first", view(r, new HashMap<>()), r.canonical(), recomputed,
        recomputed.equals(r.recordHash()), r.previousHash(), head.sequence(), head.hash(), now);
  }

  private SiteRecord record(SupervisedProject p, String recordId) {
    String key = recordId == null ? "" : recordId.strip();
    if (!p.id().equals(SiteRecord.projectOf(key))) {
      throw new NotFoundException("site.record.notFound", "recordId");
    }
    return records.record(p.department(), key).filter(r -> r.projectId().equals(p.id()))
        .orElseThrow(() -> new NotFoundException("site.record.notFound", "recordId"));
  }

  // ---------------------------------------------------------------- site staff

  @Override
  public SiteRecordUpload start(String token, SiteRecordStart start) {
    return start(staff(token), start);
  }

  @Override
  public SiteRecordUpload part(String token, String uploadId, long offset, InputStream bytes) {
    return part(staff(token), uploadId, offset, bytes);
  }

  @Override
  public SiteRecordUpload upload(String token, String uploadId) {
    return view(upload(staff(token), uploadId));
  }

  @Override
  public SiteRecordView complete(String token, String uploadId) {
    return complete(staff(token), uploadId);
  }

  @Override
  public List<SiteRecordView> ownRecords(String token) {
    Recorder who = staff(token);
    Map<String, String> names = new HashMap<>();
    return records.records(who.project().department(), who.project().id()).stream()
        .filter(r -> r.recordedBy().equals(who.actor())).map(r -> view(r, names)).toList();
  }

  // ---------------------------------------------------------------- the upload

  private SiteRecordUpload start(Recorder who, SiteRecordStart in) {
    SupervisedProject p = who.project();
    if (p.state() != SupervisedProject.State.ACTIVE) {
      throw new StateConflictException("site.record.project.finished", "projectId");
    }
    if (in == null) {
      throw new DomainException("request.invalid", null);
    }
    if (in.kind() == null) {
      throw new DomainException("site.record.kind.required", "kind");
    }
    if (in.moment() == null) {
      throw new DomainException("site.record.moment.required", "moment");
    }
    if (in.size() <= 0) {
      throw new DomainException("site.record.size.invalid", "size");
    }
    if (in.size() > in.kind().maxBytes()) {
      throw new DomainException("site.record.tooLarge." + in.kind().name().toLowerCase(Locale.ROOT), "size");
    }
    String sha = in.sha256() == null ? "" : in.sha256().strip().toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(sha).matches()) {
      throw new DomainException("site.record.sha256.invalid", "sha256");
    }
    String type = in.contentType() == null ? "" : in.contentType().strip().toLowerCase(Locale.ROOT);
    String family = type.contains("/") ? type.substring(0, type.indexOf('/')) : "";
    boolean fits = switch (in.kind()) {
      case PHOTO -> family.equals("image");
      case VIDEO -> family.equals("video");
      case AUDIO -> family.equals("audio") || family.equals("video");
    };
    if (!fits || type.length() > 100) {
      throw new DomainException("site.record.contentType.invalid", "contentType");
    }
    if (in.capturedAt() == null) {
      throw new DomainException("site.record.capturedAt.required", "capturedAt");
    }
    Instant now = clock.instant();
    if (in.capturedAt().isAfter(now.plusSeconds(600))) {
      throw new DomainException("site.record.capturedAt.future", "capturedAt");
    }
    if ((in.latitude() == null) != (in.longitude() == null)) {
      throw new DomainException("site.record.position.invalid", in.latitude() == null ? "latitude" : "longitude");
    }
    if (in.latitude() != null && (!Double.isFinite(in.latitude()) || Math.abs(in.latitude()) > 90
        || !Double.isFinite(in.longitude()) || Math.abs(in.longitude()) > 180)) {
      throw new DomainException("site.record.position.invalid", "latitude");
    }
    Double accuracy = in.latitude() == null ? null : in.accuracyMeters();
    if (accuracy != null && (!Double.isFinite(accuracy) || accuracy < 0 || accuracy > 100_000)) {
      throw new DomainException("site.record.accuracy.invalid", "accuracyMeters");
    }
    String note = text(in.note(), MAX_NOTE, "site.record.note.tooLong", "note");
    String device = text(in.device(), MAX_DEVICE, "site.record.device.tooLong", "device");
    String key;
    if (in.uploadId() == null || in.uploadId().isBlank()) {
      key = records.nextUploadKey(p.department());
    } else if (CLIENT_ID.matcher(in.uploadId().strip()).matches()) {
      key = in.uploadId().strip();
    } else {
      throw new DomainException("site.record.uploadId.invalid", "uploadId");
    }
    SiteUpload fresh = new SiteUpload(p.department(), p.id() + "-U" + key, p.id(), in.kind(), in.moment(), note,
        in.capturedAt(), in.latitude(), in.longitude(), accuracy, device, who.actor(), type, in.size(), sha, 0,
        List.of(), now, null);
    Optional<SiteUpload> existing = records.start(fresh);
    if (existing.isPresent()) {
      SiteUpload u = existing.get();
      if (u.size() != fresh.size() || !u.declaredSha256().equals(sha) || u.kind() != fresh.kind()
          || !u.recordedBy().equals(who.actor())) {
        throw new StateConflictException("site.record.upload.conflict", "uploadId");
      }
      return view(u);
    }
    return view(fresh);
  }

  private static String text(String value, int max, String code, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().replaceAll("\\p{Cntrl}", " ");
    if (v.codePointCount(0, v.length()) > max) {
      throw new DomainException(code, field);
    }
    return v;
  }

  private SiteUpload upload(Recorder who, String uploadId) {
    String id = uploadId == null ? "" : uploadId.strip();
    return records.upload(who.project().department(), id)
        .filter(u -> u.projectId().equals(who.project().id()) && u.recordedBy().equals(who.actor()))
        .orElseThrow(() -> new NotFoundException("site.record.upload.notFound", "uploadId"));
  }

  private SiteRecordUpload part(Recorder who, String uploadId, long offset, InputStream bytes) {
    SiteUpload u = upload(who, uploadId);
    if (u.complete() || u.receivedAll()) {
      drain(bytes);
      return view(u);
    }
    if (offset < 0 || offset > u.received()) {
      drain(bytes);
      throw new RecordOffsetException(u.received());
    }
    byte[] chunk = readAtMost(bytes, MAX_PART_BYTES + 1L);
    if (chunk.length > MAX_PART_BYTES) {
      drain(bytes);
      throw new DomainException("site.record.part.tooLarge", "offset");
    }
    if (chunk.length > u.size() - offset) {
      drain(bytes);
      throw new DomainException("site.record.upload.sizeMismatch", "offset");
    }
    int skip = (int) (u.received() - offset);
    if (chunk.length > skip) {
      byte[] fresh = Arrays.copyOfRange(chunk, skip, chunk.length);
      records.storePart(u.department(), u.id(), u.received(), fresh);
      if (!records.advance(u.department(), u.id(), u.received(), u.received() + fresh.length)) {
        SiteUpload now = upload(who, uploadId);
        throw new RecordOffsetException(now.received());
      }
    }
    return view(upload(who, uploadId));
  }

  private SiteRecordView complete(Recorder who, String uploadId) {
    SiteUpload u = upload(who, uploadId);
    Map<String, String> names = new HashMap<>();
    if (u.complete()) {
      return view(record(who.project(), u.recordId()), names);
    }
    if (!u.receivedAll()) {
      throw new StateConflictException("site.record.upload.incomplete", "uploadId");
    }
    List<InputStream> parts = u.partOffsets().stream()
        .map(o -> (InputStream) new LazyPart(u.department(), u.id(), o)).toList();
    String fileName = "record." + u.kind().name().toLowerCase(Locale.ROOT);
    EvidenceStore.Stored stored;
    try {
      stored = evidence.store("site-record/" + u.id(), fileName, new SequenceInputStream(
          Collections.enumeration(parts)), u.kind().maxBytes());
    } catch (DomainException e) {
      throw refusal(u, e);
    }
    if (!stored.sha256().equals(u.declaredSha256())) {
      throw new DomainException("site.record.sha256.mismatch", "sha256");
    }
    if (!u.kind().accepts(stored.type().category())) {
      throw new DomainException(u.kind() == SiteRecord.Kind.PHOTO ? "site.record.photo.notImage"
          : "site.record.type.mismatch", "file");
    }
    if (!records.claimContent(u.department(), u.projectId(), stored.sha256(), u.id())) {
      throw new StateConflictException("site.record.duplicate", "sha256");
    }
    SiteRecord unplaced = new SiteRecord(u.department(), null, u.projectId(), 0, u.kind(), u.moment(), u.note(),
        u.capturedAt(), clock.instant(), u.latitude(), u.longitude(), u.accuracyMeters(), u.device(),
        u.recordedBy(), stored.storageId(), stored.type().mimeType(), stored.size(), stored.sha256(), null, null);
    SiteRecord placed = records.append(unplaced);
    records.finish(u.department(), u.id(), placed.id());
    audit.record(placed.department(), placed.receivedAt(), who.actor().startsWith("officer:")
        ? who.actor().substring("officer:".length()) : who.actor(), "site.record.ADD", placed.id(), null, null,
        placed.kind().name() + " " + placed.moment().name() + " #" + placed.sequence());
    return view(placed, names);
  }

  /** The evidence store's refusal in this feature's words. */
  private static DomainException refusal(SiteUpload u, DomainException e) {
    return switch (e.code()) {
      case "intake.upload.type.notAllowed" -> new DomainException(u.kind() == SiteRecord.Kind.PHOTO
          ? "site.record.photo.notImage" : "site.record.type.notAllowed", "file");
      case "intake.upload.tooLarge" -> new DomainException(
          "site.record.tooLarge." + u.kind().name().toLowerCase(Locale.ROOT), "size");
      case "intake.upload.empty" -> new DomainException("site.record.size.invalid", "size");
      default -> e;
    };
  }

  /** A part read from the repository only when the stream reaches it. */
  private final class LazyPart extends InputStream {
    private final TenantId department;
    private final String uploadId;
    private final long offset;
    private ByteArrayInputStream bytes;

    LazyPart(TenantId department, String uploadId, long offset) {
      this.department = department;
      this.uploadId = uploadId;
      this.offset = offset;
    }

    private ByteArrayInputStream bytes() {
      if (bytes == null) {
        bytes = new ByteArrayInputStream(records.part(department, uploadId, offset));
      }
      return bytes;
    }

    @Override
    public int read() {
      return bytes().read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return bytes().read(b, off, len);
    }
  }

  private static byte[] readAtMost(InputStream in, long max) {
    try {
      return in.readNBytes((int) max);
    } catch (IOException e) {
      throw new DomainException("site.record.upload.interrupted", "file");
    }
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- views

  private static SiteRecordUpload view(SiteUpload u) {
    return new SiteRecordUpload(u.id(), u.projectId(), u.kind().name(), u.size(), u.received(), u.complete(),
        u.recordId(), MAX_PART_BYTES);
  }

  /** The record as shown; the recorder's name is looked up once per person ({@code names}). */
  private SiteRecordView view(SiteRecord r, Map<String, String> names) {
    String by = r.recordedBy();
    String name = names.computeIfAbsent(by, b -> b.startsWith("site:")
        ? sites.person(r.department(), b.substring(5)).map(KeyPerson::name).orElse("")
        : b.startsWith("officer:") ? b.substring(8) : b);
    return new SiteRecordView(r.id(), r.projectId(), r.sequence(), r.kind().name(), r.moment().name(), r.note(),
        r.capturedAt(), r.receivedAt(), r.latitude(), r.longitude(), r.accuracyMeters(), r.device(), by, name,
        r.contentType(), r.size(), r.sha256(), r.previousHash(), r.recordHash());
  }
}
