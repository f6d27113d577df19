package cn.ggzy.mobileapi.reviews;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewCorrectionRequest;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewDetail;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewPage;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.DocumentReviewUploadRequest;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.FindingDismissalRequest;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewComparison;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 招标文件审查 for officers: upload a tender document of a project and read every clause the region's
 * rule book finds, confirm or dismiss (with a reason) each finding, issue the rectification notice
 * (PDF) and take the corrected document, which is reviewed again; compare the latest document with a
 * model text (范本) of the region. A department sees its own reviews, the office every department's of
 * its region (audited); another department's review is 404.
 */
@Path("/v1/document-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = DocumentReviewResource.TAG, description = DocumentReviewResource.TAG_DESCRIPTION)
public class DocumentReviewResource {
  /** The tag of the review's endpoints (reviews, the rule book, the model texts) in the API document. */
  static final String TAG = "document-reviews";
  static final String TAG_DESCRIPTION = "招标文件审查 Tender-document review: findings, rectification notices, the "
      + "rule book";

  @Inject CallerResolver callers;
  @Inject DocumentReviews reviews;

  @GET
  @Operation(operationId = "listDocumentReviews", summary = "The department's reviews (the office: the region's), "
      + "newest first")
  @APIResponse(responseCode = "200", description = "a page of reviews", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewPage.class)))
  public DocumentReviewPage list(@QueryParam("offset") @DefaultValue("0") int offset,
      @Parameter(description = "1 to 200, default 20") @QueryParam("limit") @DefaultValue("20") int limit) {
    return DocumentReviewPage.of(reviews.list(callers.caller(), offset, limit));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(operationId = "reviewDocument", summary = "Upload a tender document of a project for review; the "
      + "answer lists every clause the rule book finds, each with its place, rule, legal basis and a lawful wording")
  @APIResponse(responseCode = "201", description = "reviewed; its address in Location", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "400", description = "review.file.type, review.file.unreadable, review.file.no-text, "
      + "review.file.empty, review.file.name, review.file.tooLarge, review.project.* (the field at fault); "
      + "request.invalid (no multipart body, or two files)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response upload(@HeaderParam("Content-Type") String contentType,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
          schema = @Schema(implementation = DocumentReviewUploadRequest.class))) InputStream body,
      @Context UriInfo uri) {
    Caller caller = callers.caller();
    DocumentReviews.Detail created = reviews.upload(caller, DocumentUploadForm.read(contentType, body).upload());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(DocumentReviewDetail.of(created)).build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "documentReview", summary = "One review: the project, the documents reviewed, the "
      + "findings with the decisions, the rectification notice")
  @APIResponse(responseCode = "200", description = "the review", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "404", description = "no such review within reach", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public DocumentReviewDetail find(@PathParam("id") String id) {
    return DocumentReviewDetail.of(reviews.find(callers.caller(), id));
  }

  @GET
  @Path("/{id}/comparison")
  @Operation(operationId = "compareWithModelText", summary = "与范本比对: the review's latest document compared clause "
      + "by clause with a model text (范本) of the region: the clauses changed (with the words removed and added), "
      + "added and removed")
  @APIResponse(responseCode = "200", description = "the deviations with their counts", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewComparison.class)))
  @APIResponse(responseCode = "400", description = "request.invalid (field modelTextId): no model text named",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "no such review within reach, or no such model text in the "
      + "review's region (field modelTextId)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  public ReviewComparison compare(@PathParam("id") String id,
      @Parameter(required = true, description = "the model text's id (GET /v1/review-model-texts)",
          example = "MT-5B0E93C1D2A4") @QueryParam("modelTextId") String modelTextId) {
    Caller caller = callers.caller();
    return ReviewComparison.of(reviews.compare(caller, id, Endpoints.required(modelTextId, "modelTextId")));
  }

  @POST
  @Path("/{id}/findings/{n}/confirm")
  @Operation(operationId = "confirmReviewFinding", summary = "认定: confirm finding n as unlawful (it goes into "
      + "the rectification notice)")
  @APIResponse(responseCode = "200", description = "the review", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "400", description = "review.finding.unknown", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "review.finding.afterNotice: the notice has gone out",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public DocumentReviewDetail confirm(@PathParam("id") String id,
      @Parameter(description = "the finding's number", example = "1") @PathParam("n") int n) {
    return DocumentReviewDetail.of(reviews.confirm(callers.caller(), id, n));
  }

  @POST
  @Path("/{id}/findings/{n}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "dismissReviewFinding", summary = "不予认定: dismiss finding n with a reason (kept with it)")
  @APIResponse(responseCode = "200", description = "the review", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "400", description = "review.finding.reason (2–500 characters), "
      + "review.finding.unknown", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "review.finding.afterNotice: the notice has gone out",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public DocumentReviewDetail dismiss(@PathParam("id") String id,
      @Parameter(description = "the finding's number", example = "3") @PathParam("n") int n,
      FindingDismissalRequest body) {
    return DocumentReviewDetail.of(reviews.dismiss(callers.caller(), id, n, body == null ? null : body.reason()));
  }

  @POST
  @Path("/{id}/notice")
  @Operation(operationId = "issueRectificationNotice", summary = "Issue the rectification notice (整改通知) to the "
      + "employer and agency, due after the region's working days for it; every finding must be decided and one "
      + "at least confirmed")
  @APIResponse(responseCode = "200", description = "the review with its notice", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "409", description = "review.notice.notReady (findings undecided or none confirmed), "
      + "or the notice was issued already", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  public DocumentReviewDetail issueNotice(@PathParam("id") String id) {
    return DocumentReviewDetail.of(reviews.issueNotice(callers.caller(), id));
  }

  @GET
  @Path("/{id}/notice.pdf")
  @Produces("application/pdf")
  @Operation(operationId = "rectificationNoticePdf", summary = "招标文件整改通知书 as PDF in Chinese: the confirmed "
      + "findings with their places, legal basis and lawful wording, and the due date")
  @APIResponse(responseCode = "200", description = "the notice", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "no such review within reach, or no notice issued yet",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response noticePdf(@PathParam("id") String id) {
    return Endpoints.pdf(reviews.notice(callers.caller(), id), "rectification-notice", id);
  }

  @POST
  @Path("/{id}/corrections")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(operationId = "submitCorrectedDocument", summary = "The corrected document (修改稿), reviewed again: the "
      + "review is rectified when none of the confirmed findings' rules finds anything in it, else the notice stays "
      + "open with the rules still finding (rectification.remaining)")
  @APIResponse(responseCode = "200", description = "the review with the corrected document and the notice's state",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = DocumentReviewDetail.class)))
  @APIResponse(responseCode = "400", description = "review.file.* as for the first document", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "review.correction.noNotice: no notice open", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public DocumentReviewDetail correct(@PathParam("id") String id, @HeaderParam("Content-Type") String contentType,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
          schema = @Schema(implementation = DocumentReviewCorrectionRequest.class))) InputStream body) {
    Caller caller = callers.caller();
    DocumentUploadForm form = DocumentUploadForm.read(contentType, body);
    return DocumentReviewDetail.of(reviews.correct(caller, id, form.fileName(), form.content()));
  }
}
