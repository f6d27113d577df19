package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Industry;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Inputs and views of the public channel (投诉举报): what a filer types and sees, and what an
 * officer sees of a submission. Identity appears in full only in {@link Identity}, returned by an
 * audited reveal; every other view carries it masked.
 */
public final class IntakeViews {
  private IntakeViews() {}

  /** 投诉 or 举报. */
  public enum Kind { COMPLAINT, REPORT }

  /** The matter complained of or reported (事项类型). */
  public enum Matter {
    /** 围标串标. */
    BID_RIGGING,
    /** 弄虚作假. */
    FRAUD,
    /** 规避招标/应招未招. */
    EVADING_TENDER,
    /** 排斥潜在投标人或歧视性条款. */
    EXCLUSION_OR_DISCRIMINATION,
    /** 评标不公. */
    UNFAIR_EVALUATION,
    /** 违法转包分包. */
    ILLEGAL_SUBCONTRACTING,
    /** 干部插手干预. */
    OFFICIAL_INTERFERENCE,
    /** 其他. */
    OTHER
  }

  /**
   * What a 投诉 is about, which decides whether an objection (异议) to the tenderer must have been
   * raised first: the prequalification/tender documents, the bid opening and the evaluation result
   * need one (proof required); anything else does not.
   */
  public enum ObjectionSubject {
    /** 资格预审文件、招标文件. */
    TENDER_DOCUMENTS,
    /** 开标. */
    BID_OPENING,
    /** 评标结果. */
    EVALUATION_RESULT,
    /** 其他事项（无需先提出异议）. */
    NONE;

    public boolean needsObjection() {
      return this != NONE;
    }
  }

  /** A natural person (自然人) or a legal person/organisation (法人或其他组织). */
  public enum PersonKind { NATURAL, LEGAL }

  /** Where a file belongs in a submission. */
  public enum EvidenceRole {
    /** 证据材料. */
    EVIDENCE,
    /** 已提出异议的证明. */
    OBJECTION_PROOF,
    /** 补正材料 (uploaded while following up). */
    SUPPLEMENT,
    /** 授权委托书: a unit's complaint made by an agent. */
    POWER_OF_ATTORNEY
  }

  /**
   * Who is asking, as the edge sees it: the client address (after trusted proxies) and the
   * device id the app or browser keeps (may be null). Used for rate limits only, never stored with
   * a submission.
   */
  public record Client(String address, String deviceId) {}

  /** One allowed kind of file: its detected MIME type, usual extensions and category. */
  public record AllowedType(String mimeType, List<String> extensions, String category) {}

  /**
   * What the public form must show and respect. Sizes in bytes; {@code chunkBytes} is the chunk
   * size a resumable upload should use; {@code powDifficulty} the leading zero bits a challenge
   * asks for.
   */
  public record Limits(long maxFileBytes, long maxSubmissionBytes, int maxFiles, long chunkBytes,
      List<AllowedType> allowedTypes, int filingWindowDays, int powDifficulty, List<Matter> matters,
      List<Industry> industries) {}

  /**
   * A proof-of-work challenge: find a decimal {@code counter} such that
   * SHA-256(UTF-8 of {@code challenge + ":" + counter}) starts with {@code difficulty} zero bits.
   * Single use, valid until {@code expiresAt}.
   */
  public record Challenge(String challenge, int difficulty, Instant expiresAt, String algorithm) {}

  /** The answer to a {@link Challenge}. */
  public record ProofOfWork(String challenge, String counter) {}

  /**
   * The start of a resumable upload. {@code uploadId} may be chosen by the client (16–64 of
   * [A-Za-z0-9_-]) so that a retry after a lost answer finds the same upload; null lets the server
   * choose. {@code sha256} (hex), if given, is checked when the last byte arrives.
   */
  public record UploadStart(String uploadId, String fileName, long size, String sha256) {}

  /**
   * An upload as stored: {@code received} bytes so far of {@code size}; once {@code complete},
   * the content type detected from the bytes and the SHA-256 of the whole file.
   */
  public record Upload(String uploadId, String fileName, long size, long received, boolean complete,
      String contentType, String sha256) {}

  /**
   * The 投诉人. Natural person: {@code name} and {@code idNumber} (resident ID, GB 11643). Legal
   * person: {@code organisation}, {@code creditCode} (GB 32100) and {@code name} of the legal
   * representative or authorised agent. Always a mainland mobile {@code phone} and an
   * {@code address}.
   */
  public record Complainant(PersonKind kind, String name, String idNumber, String organisation,
      String creditCode, String phone, String address) {}

  /** The 举报人 when not anonymous: a name and a phone, the ID number optional. */
  public record Reporter(String name, String phone, String idNumber) {}

  /**
   * A 投诉 as typed. {@code declaration} is the filer's electronic signature (本人承诺所填内容真实);
   * {@code objectionRaisedOn} and {@code objectionProofUploadIds} are required when
   * {@code objectionSubject.needsObjection()}. {@code learnedOn} more than the filing window ago is
   * accepted and flagged as late.
   */
  public record ComplaintInput(String region, String idempotencyKey, ProofOfWork proof,
      Complainant complainant, String respondent, String projectCode, String projectName, String section,
      Industry industry, Matter matter, ObjectionSubject objectionSubject, LocalDate objectionRaisedOn,
      String facts, String request, LocalDate learnedOn, List<String> evidenceUploadIds,
      List<String> objectionProofUploadIds, boolean declaration, String respondentContact,
      List<String> authorizationUploadIds) {

    /** Without the respondent's address or contact and without a power of attorney. */
    public ComplaintInput(String region, String idempotencyKey, ProofOfWork proof, Complainant complainant,
        String respondent, String projectCode, String projectName, String section, Industry industry, Matter matter,
        ObjectionSubject objectionSubject, LocalDate objectionRaisedOn, String facts, String request,
        LocalDate learnedOn, List<String> evidenceUploadIds, List<String> objectionProofUploadIds,
        boolean declaration) {
      this(region, idempotencyKey, proof, complainant, respondent, projectCode, projectName, section, industry, matter,
          objectionSubject, objectionRaisedOn, facts, request, learnedOn, evidenceUploadIds, objectionProofUploadIds,
          declaration, null, List.of());
    }
  }

  /** A 举报 as typed; {@code reporter} is null when {@code anonymous}. */
  public record ReportInput(String region, String idempotencyKey, ProofOfWork proof, boolean anonymous,
      Reporter reporter, String respondent, String projectCode, String projectName, String section,
      Industry industry, Matter matter, String facts, List<String> evidenceUploadIds) {}

  /**
   * What the filer gets once the submission is durably stored: the receipt number and the access
   * code (shown only here; a retry with the same idempotency key gets the same pair).
   */
  public record Receipt(String receiptNumber, String accessCode, Kind kind, Instant receivedAt, boolean late,
      boolean replayed) {}

  /** A follow-up by the filer: an answer to officers' messages and/or supplementary files (补正). */
  public record ReplyInput(String idempotencyKey, String text, List<String> uploadIds) {}

  /** A browser's Web Push subscription ({@code PushSubscription.toJSON()}: endpoint, keys.p256dh, keys.auth). */
  public record PushSubscriptionInput(String endpoint, String p256dh, String auth) {}

  /** Who wrote a message. */
  public enum Author { OFFICER, FILER }

  public record Message(String id, Author author, Instant at, String text, List<EvidenceLine> files) {}

  /** A file of a submission: as the filer and officers see it (content only for officers). */
  public record EvidenceLine(String id, EvidenceRole role, String fileName, String contentType, long size,
      String sha256, Instant uploadedAt) {}

  /** A public step of the case (status change, acceptance, supplement request, decision…). */
  public record PublicEvent(Instant at, String code, String textZh, String textEn) {}

  /**
   * A deadline as the filer may know it (受理期限, 办结期限), shown all the way: while it runs and, once
   * the step is done ({@code doneAt}: accepted or refused, decided), with when it was done, so the
   * filer can see it was kept; {@code provisional} while it was computed without the next year's
   * State Council holiday notice (it may still move).
   */
  public record PublicDeadline(String kind, Instant due, boolean paused, boolean provisional, Instant doneAt) {
    /** A deadline still running ({@code doneAt} null). */
    public PublicDeadline(String kind, Instant due, boolean paused, boolean provisional) {
      this(kind, due, paused, provisional, null);
    }
  }

  /**
   * The written decision once made (处理决定) or the refusal to accept: kind in both languages, its
   * text, when it was made (approved) and when it was served on the filer (送达; null until then or
   * for a refusal to accept, which is its own notice).
   */
  public record PublicDecision(String kind, String kindZh, String kindEn, String text, Instant decidedAt,
      Instant deliveredAt) {}

  /**
   * What the holder of the receipt number and access code may see: no officer names, no internal
   * notes, no identity. {@code status} is null (with {@code statusZh} 已收到) while the case is
   * being registered.
   */
  public record Tracking(String receiptNumber, Kind kind, Instant receivedAt, boolean late, String caseNumber,
      CaseStatus status, String statusZh, String statusEn, String supplementRequest,
      List<PublicDeadline> deadlines, List<PublicEvent> timeline, List<Message> messages,
      List<EvidenceLine> files, PublicDecision decision, List<String> notices, Remedies remedies) {

    /** Tracking before notices and remedies were shown (tests, older clients). */
    public Tracking(String receiptNumber, Kind kind, Instant receivedAt, boolean late, String caseNumber,
        CaseStatus status, String statusZh, String statusEn, String supplementRequest,
        List<PublicDeadline> deadlines, List<PublicEvent> timeline, List<Message> messages,
        List<EvidenceLine> files, PublicDecision decision) {
      this(receiptNumber, kind, receivedAt, late, caseNumber, status, statusZh, statusEn, supplementRequest,
          deadlines, timeline, messages, files, decision, List.of(), null);
    }
  }

  /**
   * How to challenge a decision or a refusal to accept (行政复议 within {@code reviewDays} days of
   * receipt at the people's government of the region, 行政诉讼 within {@code litigationMonths}
   * months at its basic people's court), with the bodies named in both languages.
   */
  public record Remedies(int reviewDays, String reviewBodyZh, String reviewBodyEn, int litigationMonths,
      String courtZh, String courtEn) {}

  /** The identity as officers see it by default: masked (张*, 4211**********123X, 138****5678). */
  public record MaskedIdentity(boolean anonymous, PersonKind kind, String name, String idNumber,
      String organisation, String creditCode, String phone, String address) {}

  /** The identity in full: returned only by an audited reveal with a stated reason. */
  public record Identity(boolean anonymous, PersonKind kind, String name, String idNumber, String organisation,
      String creditCode, String phone, String address) {}

  /** A submission as the officers handling its case see it. */
  public record Submission(String caseId, String receiptNumber, Kind kind, Instant receivedAt, boolean late,
      LocalDate learnedOn, MaskedIdentity identity, String respondent, String projectCode, String projectName,
      String section, Industry industry, Matter matter, ObjectionSubject objectionSubject,
      LocalDate objectionRaisedOn, String facts, String request, List<EvidenceLine> files,
      List<Message> messages, String respondentContact) {

    /** Without the respondent's address or contact. */
    public Submission(String caseId, String receiptNumber, Kind kind, Instant receivedAt, boolean late,
        LocalDate learnedOn, MaskedIdentity identity, String respondent, String projectCode, String projectName,
        String section, Industry industry, Matter matter, ObjectionSubject objectionSubject,
        LocalDate objectionRaisedOn, String facts, String request, List<EvidenceLine> files,
        List<Message> messages) {
      this(caseId, receiptNumber, kind, receivedAt, late, learnedOn, identity, respondent, projectCode, projectName,
          section, industry, matter, objectionSubject, objectionRaisedOn, facts, request, files, messages, null);
    }
  }

  /** A file's content for download; {@code open} gives a fresh stream each time (close it). */
  public record Download(String fileName, String contentType, long size, String sha256,
      Supplier<InputStream> open) {}
}
