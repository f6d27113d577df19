package cn.ggzy.mobileapi.reviews;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewModelText;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewModelTextImportRequest;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The region's model texts (范本) of tender documents: the office, which keeps the rule book, imports
 * them; every reviewer lists them and compares a review's document with one
 * ({@code GET /v1/document-reviews/{id}/comparison?modelTextId=}).
 */
@Path("/v1/review-model-texts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = DocumentReviewResource.TAG, description = DocumentReviewResource.TAG_DESCRIPTION)
public class ReviewModelTextResource {
  @Inject CallerResolver callers;
  @Inject DocumentReviews reviews;

  @GET
  @Operation(operationId = "listReviewModelTexts", summary = "The model texts (范本) of the caller's region, newest "
      + "first")
  @APIResponse(responseCode = "200", description = "the model texts", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
          implementation = ReviewModelText.class)))
  public List<ReviewModelText> list() {
    return reviews.modelTexts(callers.caller()).stream().map(ReviewModelText::of).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(operationId = "importReviewModelText", summary = "Import a model text (范本) for the region (the office "
      + "roles that keep the rule book; audited); its clauses are read as a tender document's are")
  @APIResponse(responseCode = "201", description = "imported", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewModelText.class)))
  @APIResponse(responseCode = "400", description = "review.model.name (2–200 characters), review.file.type, "
      + "review.file.unreadable, review.file.no-text, review.file.empty, review.file.name, review.file.tooLarge; "
      + "request.invalid (no multipart body, or two files)", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "accessDenied: only the office keeps the model texts",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response importModelText(@HeaderParam("Content-Type") String contentType,
      @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
          schema = @Schema(implementation = ReviewModelTextImportRequest.class))) InputStream body) {
    return Response.status(Response.Status.CREATED).entity(imported(contentType, body)).build();
  }

  /** The form read and handed to the port: the model text's {@code name} and its {@code file}. */
  ReviewModelText imported(String contentType, InputStream body) {
    Caller caller = callers.caller();
    DocumentUploadForm form = DocumentUploadForm.read(contentType, body);
    return ReviewModelText.of(reviews.importModelText(caller, form.field("name"), form.fileName(), form.content()));
  }
}
