package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews;
import cn.ggzy.server.application.IntakeViews.UploadStart;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.Upload;
import cn.ggzy.server.domain.model.intake.UploadRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evidence uploads. Whole files go straight to the evidence store; resumable ones arrive in parts
 * at offsets, are kept as parts until the last byte, then go to the store in one pass (type from
 * the content, SHA-256, declared SHA-256 checked). Retrying a part, or a whole upload under the
 * same id, is harmless.
 */
final class IntakeUploads {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private final UploadRepository uploads;
  private final EvidenceStore store;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  IntakeUploads(UploadRepository uploads, EvidenceStore store, Clock clock) {
    this.uploads = uploads;
    this.store = store;
    this.clock = clock;
  }

  IntakeViews.Upload start(UploadStart start, IntakeSettings settings) {
    if (start == null) {
      throw new DomainException("request.invalid", null);
    }
    String id = id(start.uploadId());
    String name = fileName(start.fileName());
    if (start.size() <= 0) {
      throw new DomainException(start.size() == 0 ? "intake.upload.empty" : "intake.upload.size.invalid", "size");
    }
    if (start.size() > settings.maxFileBytes()) {
      throw new DomainException("intake.upload.tooLarge", "size");
    }
    String declared = start.sha256() == null || start.sha256().isBlank() ? null
        : start.sha256().strip().toLowerCase(Locale.ROOT);
    if (declared != null && !SHA256.matcher(declared).matches()) {
      throw new DomainException("intake.upload.sha256.invalid", "sha256");
    }
    Upload fresh = new Upload(id, name, start.size(), 0, List.of(), declared, false, null, null, null,
        clock.instant(), null);
    Optional<Upload> existing = uploads.insert(fresh);
    if (existing.isPresent()) {
      Upload u = existing.get();
      if (u.size() != start.size() || !u.fileName().equals(name)) {
        throw new StateConflictException("intake.upload.conflict", "uploadId");
      }
      return view(finishIfReceived(u, settings));
    }
    return view(fresh);
  }

  IntakeViews.Upload append(String uploadId, long offset, InputStream bytes, IntakeSettings settings) {
    Upload u = find(uploadId);
    if (u.complete()) {
      drain(bytes);
      return view(u);
    }
    if (offset < 0 || offset > u.received()) {
      drain(bytes);
      throw new StateConflictException("intake.upload.offset", "offset");
    }
    // at most four chunks per request (the answer says where to go on); never past the declared size
    long limit = Math.min(settings.chunkBytes() * 4, u.size() - offset);
    byte[] chunk = readAtMost(bytes, limit + 1);
    if (chunk.length > u.size() - offset) {
      drain(bytes);
      throw new DomainException("intake.upload.sizeMismatch", "offset");
    }
    drain(bytes);
    int skip = (int) (u.received() - offset);
    if (chunk.length > skip) {
      byte[] fresh = Arrays.copyOfRange(chunk, skip, chunk.length);
      uploads.storePart(u.id(), u.received(), fresh, fresh.length);
      if (!uploads.advance(u.id(), u.received(), u.received() + fresh.length)) {
        throw new StateConflictException("intake.upload.offset", "offset");
      }
    }
    return view(finishIfReceived(find(uploadId), settings));
  }

  IntakeViews.Upload status(String uploadId, IntakeSettings settings) {
    return view(finishIfReceived(find(uploadId), settings));
  }

  IntakeViews.Upload whole(String uploadId, String fileName, InputStream content, IntakeSettings settings) {
    String id = id(uploadId);
    String name = fileName(fileName);
    Optional<Upload> existing = uploads.find(id);
    if (existing.isPresent() && existing.get().complete()) {
      drain(content);
      return view(existing.get());
    }
    if (existing.isPresent()) {
      throw new StateConflictException("intake.upload.conflict", "uploadId");
    }
    EvidenceStore.Stored stored = store.store(id, name, content, settings.maxFileBytes());
    Upload done = new Upload(id, name, stored.size(), stored.size(), List.of(), null, true,
        stored.type().mimeType(), stored.sha256(), stored.storageId(), clock.instant(), null);
    return view(uploads.insert(done).orElse(done));
  }

  Upload find(String uploadId) {
    if (uploadId == null || !IntakeRules.UPLOAD_ID.matcher(uploadId).matches()) {
      throw new NotFoundException("intake.upload.notFound", "uploadId");
    }
    return uploads.find(uploadId).orElseThrow(() -> new NotFoundException("intake.upload.notFound", "uploadId"));
  }

  /** Once every byte is in, the parts go to the store in order; a crash midway is redone. */
  private Upload finishIfReceived(Upload u, IntakeSettings settings) {
    if (u.complete() || u.received() < u.size()) {
      return u;
    }
    Enumeration<InputStream> parts = Collections.enumeration(u.partOffsets().stream()
        .map(o -> (InputStream) new LazyPart(u.id(), o)).toList());
    EvidenceStore.Stored stored = store.store(u.id(), u.fileName(), new SequenceInputStream(parts),
        settings.maxFileBytes());
    if (u.declaredSha256() != null && !u.declaredSha256().equals(stored.sha256())) {
      throw new DomainException("intake.upload.sha256.mismatch", "sha256");
    }
    uploads.complete(u.id(), stored.type().mimeType(), stored.sha256(), stored.size(), stored.storageId(),
        u.partOffsets());
    return find(u.id());
  }

  /** A part read from the repository only when the stream reaches it. */
  private final class LazyPart extends InputStream {
    private final String uploadId;
    private final long offset;
    private ByteArrayInputStream bytes;

    LazyPart(String uploadId, long offset) {
      this.uploadId = uploadId;
      this.offset = offset;
    }

    private ByteArrayInputStream bytes() {
      if (bytes == null) {
        bytes = new ByteArrayInputStream(uploads.part(uploadId, offset));
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

  private String id(String requested) {
    if (requested == null || requested.isBlank()) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    if (!IntakeRules.UPLOAD_ID.matcher(requested).matches()) {
      throw new DomainException("intake.upload.id.invalid", "uploadId");
    }
    return requested;
  }

  /** Direction overrides and marks, which can disguise a name ("photo\u202Egpj.exe"). */
  private static final Pattern BIDI =
      Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]");

  /**
   * Only the last path element, in Unicode normal form C, without control characters or direction
   * overrides, at most 200 characters (the extension kept).
   */
  static String fileName(String name) {
    String n = name == null ? null : IntakeRules.clean(BIDI.matcher(
        Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("").replace('\\', '/'));
    if (n != null) {
      n = n.substring(n.lastIndexOf('/') + 1).strip();
    }
    if (n == null || n.isEmpty() || n.equals(".") || n.equals("..")) {
      throw new DomainException("intake.upload.fileName.required", "fileName");
    }
    if (n.codePointCount(0, n.length()) <= MAX_NAME) {
      return n;
    }
    int dot = n.lastIndexOf('.');
    String extension = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
    String base = n.substring(0, n.length() - extension.length());
    return base.substring(0, base.offsetByCodePoints(0, MAX_NAME - extension.codePointCount(0, extension.length())))
        + extension;
  }

  static final int MAX_NAME = 200;

  private static byte[] readAtMost(InputStream in, long max) {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
    } catch (IOException e) {
      throw new DomainException("intake.upload.interrupted", "file");
    }
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IntakeViews.Upload view(Upload u) {
    return new IntakeViews.Upload(u.id(), u.fileName(), u.size(), u.received(), u.complete(), u.contentType(),
        u.sha256());
  }
}
