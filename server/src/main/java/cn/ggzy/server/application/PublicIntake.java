package cn.ggzy.server.application;

import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.application.IntakeViews.UploadStart;
import java.io.InputStream;
import java.util.Optional;

/**
 * The public channel for complaints (投诉) and reports (举报), and what officers do with a
 * submission. Every refusal is a {@code DomainException} whose code has a zh-CN and an English
 * text: validation errors as {@code IntakeValidationException} (all violations at once, each with
 * code and field), rate limits as {@code RateLimitedException} (with the seconds to wait).
 *
 * <p>A submission is acknowledged (a {@link Receipt} returned) only once it is durably stored;
 * it then becomes a case of the competent department. A wrong access code and an unknown receipt
 * number get the same {@code NotFoundException} ("intake.tracking.notFound").
 */
public interface PublicIntake {
  // ---- public, no login ----

  /** File limits, allowed types, filing window and the current proof-of-work difficulty. */
  Limits limits();

  /** A fresh single-use proof-of-work challenge; rate limited per client. */
  Challenge challenge(Client client);

  /** Starts (or, with a known {@code uploadId}, finds again) a resumable upload. */
  Upload startUpload(Client client, UploadStart start);

  /**
   * Appends bytes at {@code offset}. Bytes already received are skipped (a retried chunk is
   * harmless); an offset past what was received is refused with the current state in the error
   * ("intake.upload.offset"). When the last byte arrives the file is checked (type from its content,
   * size, declared SHA-256) and stored with its SHA-256.
   */
  Upload appendChunk(Client client, String uploadId, long offset, InputStream bytes);

  /** Where an upload stands (to resume after a broken connection). */
  Upload upload(String uploadId);

  /**
   * A whole file in one go (the web form, a multipart post). With a client-chosen {@code uploadId}
   * a retry returns the upload already stored instead of storing the file twice.
   */
  Upload uploadWhole(Client client, String uploadId, String fileName, InputStream content);

  Receipt fileComplaint(Client client, ComplaintInput input);

  Receipt fileReport(Client client, ReportInput input);

  /** The public view of a submission; unknown receipt and wrong code answer alike, and are slowed. */
  Tracking track(Client client, String receiptNumber, String accessCode);

  /** Answers officers' messages and/or adds supplementary material (补正); idempotent by key. */
  Tracking reply(Client client, String receiptNumber, String accessCode, ReplyInput input);

  /** The receipt (回执) as a PDF in Chinese, with the access code the holder typed. */
  byte[] receiptPdf(Client client, String receiptNumber, String accessCode);

  /**
   * A notice of the case served on the filer ({@code Tracking.notices()}: ACCEPTANCE,
   * NON_ACCEPTANCE, SUPPLEMENT_REQUEST, DECISION once served) as PDF; same access rules as tracking.
   */
  byte[] noticePdf(Client client, String receiptNumber, String accessCode, String kind);

  /**
   * Web Push to this browser when the case moves (accepted or not, 补正 asked, decision served):
   * same access rules as tracking; anonymous reporters too. The endpoint must be a push service's
   * https address ({@code intake.push.endpoint.invalid}), the keys a P-256 point and a 16-byte
   * secret ({@code intake.push.keys.invalid}).
   */
  void subscribe(Client client, String receiptNumber, String accessCode, PushSubscriptionInput subscription);

  /** The key (VAPID, base64url) browsers subscribe with; empty when Web Push is off. */
  Optional<String> pushKey();

  // ---- officers handling the case (same access rules as reading the case) ----

  /** The submission behind a case, identity masked. */
  Submission submission(Caller caller, String caseId);

  /** The identity in full; {@code reason} is required and the reveal is audited. */
  Identity revealIdentity(Caller caller, String caseId, String reason);

  /** A message to the filer, shown on the tracking page. */
  Message sendMessage(Caller caller, String caseId, String text);

  /** One file of the submission (evidence, objection proof or supplement); the read is audited. */
  Download evidence(Caller caller, String caseId, String evidenceId);
}
