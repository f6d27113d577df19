package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.publicapi.IntakeErrors.RateLimitError;
import cn.ggzy.mobileapi.publicapi.IntakeErrors.ValidationError;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ComplaintRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ReplyRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.ReportRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.UploadStartRequest;
import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.Limits;
import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.IntakeViews.ReplyInput;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.IntakeViews.Upload;
import cn.ggzy.server.application.IntakeViews.UploadStart;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public (no login): complaints (投诉) and reports (举报), their evidence, and following them up
 * with the receipt number and access code. Submissions need a solved proof-of-work challenge and
 * a client idempotency key; a retry with the same key answers the same receipt and code.
 */
@Path("/v1/public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints-and-reports", description = "投诉举报 Complaints and reports (public)")
public class PublicIntakeResource {
  static final String ACCESS_CODE = "X-Access-Code";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject PublicIntake intake;
  @Inject PublicApiClients clients;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  @GET
  @Path("/intake/limits")
  @Operation(summary = "File limits (bytes), accepted types, filing window, proof-of-work difficulty, matters")
  public Limits limits() {
    return intake.limits();
  }

  @POST
  @Path("/intake/challenges")
  @Operation(summary = "A single-use proof-of-work challenge",
      description = "Find a decimal counter such that SHA-256(UTF-8 of challenge + \":\" + counter) starts with "
          + "`difficulty` zero bits; send {challenge, counter} as `proof` with the submission before `expiresAt`.")
  @APIResponse(responseCode = "201", description = "the challenge",
      content = @Content(schema = @Schema(implementation = Challenge.class)))
  @APIResponse(responseCode = "429", description = "intake.rate.client / intake.rate.device",
      content = @Content(schema = @Schema(implementation = RateLimitError.class)))
  public Response challenge() {
    return Response.status(Response.Status.CREATED).entity(intake.challenge(clients.of(request))).build();
  }

  @POST
  @Path("/uploads")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(operationId = "uploadEvidence",
      summary = "Upload one evidence file (multipart: optional `uploadId` field first, then `file`)",
      description = "The type is recognised from the content (images, PDF, Office, audio, video); the name is "
          + "kept as given. With a client-chosen `uploadId` (16–64 of A-Z a-z 0-9 _ -) a retry returns the stored "
          + "upload. For large files on poor networks use the resumable upload (POST /uploads/sessions).")
  @APIResponse(responseCode = "201", description = "stored, with its SHA-256",
      content = @Content(schema = @Schema(implementation = Upload.class)))
  @APIResponse(responseCode = "400", description = "intake.upload.type.notAllowed, intake.upload.tooLarge, "
      + "intake.upload.empty, intake.upload.id.invalid, intake.upload.fileName.required",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response upload(@HeaderParam("Content-Type") String contentType,
      @Parameter(description = "alternative to the uploadId form field") @QueryParam("uploadId") String queryId,
      InputStream body) {
    String boundary = MultipartReader.boundary(contentType);
    if (boundary == null || body == null) {
      throw new DomainException("request.invalid", null);
    }
    MultipartReader reader = new MultipartReader(body, boundary);
    String uploadId = queryId;
    try {
      for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
        if ("uploadId".equals(part.name())) {
          uploadId = part.text().strip();
        } else if ("file".equals(part.name())) {
          Upload stored = intake.uploadWhole(clients.of(request), uploadId, part.fileName(), part.content());
          while (reader.next() != null) {
            // the rest of the body is read and dropped
          }
          return Response.created(uri.getBaseUriBuilder().path("v1/public/uploads").path(stored.uploadId()).build())
              .entity(stored).build();
        }
      }
    } catch (MultipartReader.HeaderTooLongException e) {
      throw new DomainException("intake.upload.header.tooLong", "fileName");
    } catch (IOException | UncheckedIOException e) {
      // the body ended early, or its chunked framing is broken
      throw new DomainException("intake.upload.interrupted", "file");
    } catch (IllegalArgumentException e) {
      // a filename* that is not percent-encoded UTF-8
      throw new DomainException("request.invalid", "fileName");
    }
    throw new DomainException("intake.upload.fileName.required", "file");
  }

  @POST
  @Path("/uploads/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start (or find again) a resumable upload",
      description = "Then PUT the bytes in chunks (Limits.chunkBytes) to /uploads/{uploadId}/chunks?offset=N; "
          + "GET /uploads/{uploadId} tells how many bytes arrived. Complete when `received` equals `size`.")
  @APIResponse(responseCode = "201", description = "the upload, with the bytes received so far",
      content = @Content(schema = @Schema(implementation = Upload.class)))
  public Response startUpload(UploadStartRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    Upload started = intake.startUpload(clients.of(request),
        new UploadStart(body.uploadId(), body.fileName(), body.size(), body.sha256()));
    return Response.created(uri.getBaseUriBuilder().path("v1/public/uploads").path(started.uploadId()).build())
        .entity(started).build();
  }

  @PUT
  @Path("/uploads/{uploadId}/chunks")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "Append bytes at `offset`",
      description = "Bytes already received are skipped, so a retried chunk is harmless; an offset past what "
          + "arrived is 409 intake.upload.offset (ask GET /uploads/{uploadId} and go on from `received`). The last "
          + "chunk completes the upload: type check, SHA-256, declared SHA-256 compared.")
  @APIResponse(responseCode = "200", description = "where the upload stands",
      content = @Content(schema = @Schema(implementation = Upload.class)))
  @APIResponse(responseCode = "409", description = "intake.upload.offset",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Upload appendChunk(@PathParam("uploadId") String uploadId,
      @Parameter(description = "where these bytes start in the file") @QueryParam("offset") Long offset,
      InputStream bytes) {
    if (offset == null) {
      throw new DomainException("intake.upload.offset", "offset");
    }
    try {
      return intake.appendChunk(clients.of(request), uploadId, offset, bytes);
    } catch (UncheckedIOException e) {
      // the body broke off, or its chunked framing is broken (found by fuzzing: was a 500)
      throw new DomainException("intake.upload.interrupted", "file");
    }
  }

  @GET
  @Path("/uploads/{uploadId}")
  @Operation(operationId = "getUpload", summary = "Where an upload stands (bytes received, complete, type, SHA-256)")
  @APIResponse(responseCode = "404", description = "intake.upload.notFound",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Upload.class)))
  public Upload upload(@PathParam("uploadId") String uploadId) {
    return intake.upload(uploadId);
  }

  @POST
  @Path("/complaints")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "File a complaint (投诉), real name",
      description = "Answered only once durably stored. Send an idempotency key (header Idempotency-Key or field "
          + "idempotencyKey, 16–128 of A-Z a-z 0-9 _ -) and reuse it on every retry: the same receipt number and "
          + "access code come back (header Idempotent-Replayed: true). A complaint filed after the 10-day window "
          + "is accepted and flagged (`late`).")
  @APIResponse(responseCode = "201", description = "receipt number and access code (keep the code: shown once)",
      content = @Content(schema = @Schema(implementation = Receipt.class)))
  @APIResponse(responseCode = "400", description = "every violation at once, each {code, message, messageEn, "
      + "field}; also intake.proof.required / invalid / expired / used",
      content = @Content(schema = @Schema(implementation = ValidationError.class)))
  @APIResponse(responseCode = "409", description = "intake.idempotencyKey.conflict: the key was used for "
      + "different content", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "429", description = "intake.rate.client / intake.rate.device, Retry-After",
      content = @Content(schema = @Schema(implementation = RateLimitError.class)))
  public Response fileComplaint(@HeaderParam(IDEMPOTENCY_KEY) String key, ComplaintRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return receipt(intake.fileComplaint(clients.of(request), IntakeRequests.complaint(body, key)));
  }

  @POST
  @Path("/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "File a report (举报), anonymous allowed",
      description = "Same idempotency, proof of work and answers as complaints.")
  @APIResponse(responseCode = "201", description = "receipt number and access code (keep the code: shown once)",
      content = @Content(schema = @Schema(implementation = Receipt.class)))
  @APIResponse(responseCode = "400", description = "every violation at once",
      content = @Content(schema = @Schema(implementation = ValidationError.class)))
  @APIResponse(responseCode = "429", description = "intake.rate.client / intake.rate.device, Retry-After",
      content = @Content(schema = @Schema(implementation = RateLimitError.class)))
  public Response fileReport(@HeaderParam(IDEMPOTENCY_KEY) String key, ReportRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return receipt(intake.fileReport(clients.of(request), IntakeRequests.report(body, key)));
  }

  @GET
  @Path("/tracking/{receiptNumber}")
  @Operation(summary = "Status, public timeline, deadlines, messages, files and decision of a submission",
      description = "A wrong access code gets the same 404 as an unknown receipt number; after a few wrong "
          + "tries on a receipt or from a client, tries must wait (429 intake.rate.tracking, growing).")
  @APIResponse(responseCode = "200", description = "the public view",
      content = @Content(schema = @Schema(implementation = Tracking.class)))
  @APIResponse(responseCode = "404", description = "intake.tracking.notFound",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "429", description = "intake.rate.tracking, Retry-After",
      content = @Content(schema = @Schema(implementation = RateLimitError.class)))
  public Response track(@PathParam("receiptNumber") String receipt,
      @Parameter(description = "the access code shown with the receipt") @HeaderParam(ACCESS_CODE) String code) {
    return Response.ok(intake.track(clients.of(request), receipt, code)).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/tracking/{receiptNumber}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer the officers and/or add supplementary material (补正), idempotent by key")
  @APIResponse(responseCode = "201", description = "the public view with the reply",
      content = @Content(schema = @Schema(implementation = Tracking.class)))
  @APIResponse(responseCode = "400", description = "intake.reply.empty, intake.evidence.*",
      content = @Content(schema = @Schema(implementation = ValidationError.class)))
  public Response reply(@PathParam("receiptNumber") String receipt, @HeaderParam(ACCESS_CODE) String code,
      @HeaderParam(IDEMPOTENCY_KEY) String key, ReplyRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    Tracking after = intake.reply(clients.of(request), receipt, code,
        new ReplyInput(IntakeRequests.key(body.idempotencyKey(), key), body.text(), body.uploadIds()));
    return Response.status(Response.Status.CREATED).entity(after).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/tracking/{receiptNumber}/receipt")
  @Produces("application/pdf")
  @Operation(summary = "The receipt (回执) as PDF in Chinese, with the access code sent")
  @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response receiptPdf(@PathParam("receiptNumber") String receipt, @HeaderParam(ACCESS_CODE) String code) {
    byte[] pdf = intake.receiptPdf(clients.of(request), receipt, code);
    return Response.ok(pdf, "application/pdf").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"receipt-" + receipt.replaceAll("[^A-Za-z0-9-]", "")
            + ".pdf\"").build();
  }

  @GET
  @Path("/tracking/{receiptNumber}/notices/{kind}")
  @Produces("application/pdf")
  @Operation(summary = "A notice of the case served on the filer as PDF in Chinese (受理通知书 ACCEPTANCE, "
      + "不予受理通知书 NON_ACCEPTANCE, 补正通知书 SUPPLEMENT_REQUEST, 处理决定书 DECISION once served), with the "
      + "access code sent; the kinds available are the tracking answer's notices")
  @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "wrong receipt or code (intake.tracking.notFound), or no such "
      + "notice yet (intake.notice.notFound)")
  public Response noticePdf(@PathParam("receiptNumber") String receipt, @PathParam("kind") String kind,
      @HeaderParam(ACCESS_CODE) String code) {
    return notice(intake.noticePdf(clients.of(request), receipt, code, kind), kind, receipt);
  }

  /** A notice served on a filer, as an attachment never cached: notice-<KIND>-<receipt>.pdf. */
  static Response notice(byte[] pdf, String kind, String receipt) {
    return Response.ok(pdf, "application/pdf").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"notice-" + kind.replaceAll("[^A-Z_]", "") + "-"
            + receipt.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"").build();
  }

  @Schema(description = "A browser's Web Push subscription, as PushSubscription.toJSON() gives it (keys flattened)")
  public record PushSubscriptionRequest(
      @Schema(required = true, description = "the push service's https address") String endpoint,
      @Schema(required = true, description = "keys.p256dh, base64url (65 bytes)") String p256dh,
      @Schema(required = true, description = "keys.auth, base64url (16 bytes)") String auth) {}

  @Schema(description = "The key browsers subscribe with (VAPID applicationServerKey, base64url)")
  public record PushKey(String key) {}

  @POST
  @Path("/tracking/{receiptNumber}/push-subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "subscribeToProgress", summary = "Web Push to this browser when the case moves "
      + "(accepted or not, 补正 asked, decision served), with the access code; anonymous reporters too")
  @APIResponse(responseCode = "204", description = "subscribed (at most 5 browsers per receipt, the oldest dropped)")
  @APIResponse(responseCode = "400", description = "intake.push.endpoint.invalid (field endpoint), "
      + "intake.push.keys.invalid (field p256dh)", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "intake.tracking.notFound",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response subscribe(@PathParam("receiptNumber") String receipt, @HeaderParam(ACCESS_CODE) String code,
      PushSubscriptionRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    intake.subscribe(clients.of(request), receipt, code,
        new PushSubscriptionInput(body.endpoint(), body.p256dh(), body.auth()));
    return Response.noContent().header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/push-key")
  @Operation(operationId = "getPublicPushKey", summary = "The key browsers subscribe to Web Push with")
  @APIResponse(responseCode = "200", description = "the key",
      content = @Content(schema = @Schema(implementation = PushKey.class)))
  @APIResponse(responseCode = "404", description = "push.off: Web Push is not offered",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response pushKey() {
    return intake.pushKey().map(k -> Response.ok(new PushKey(k)).build())
        .orElseThrow(() -> new NotFoundException("push.off", null));
  }

  private Response receipt(Receipt r) {
    return Response.created(uri.getBaseUriBuilder().path("v1/public/tracking").path(r.receiptNumber()).build())
        .entity(r).header("Cache-Control", "no-store")
        .header("Idempotent-Replayed", String.valueOf(r.replayed())).build();
  }
}
