package cn.ggzy.mobileapi.reviews;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.ErrorMappers.RuleBookRefusal;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.ReviewRuleBook;
import cn.ggzy.mobileapi.reviews.DocumentReviewBodies.RuleBookSaveRequest;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The region's rule book of the clause review (条款审查规则): every reviewer reads the version in force;
 * the office saves an edited book as the next version, refused whole when it does not parse or a rule
 * no longer finds its own positive examples (or finds a negative one), so an edit cannot silently
 * break a rule.
 */
@Path("/v1/review-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = DocumentReviewResource.TAG, description = DocumentReviewResource.TAG_DESCRIPTION)
public class ReviewRuleResource {
  @Inject CallerResolver callers;
  @Inject DocumentReviews reviews;

  @GET
  @Operation(operationId = "reviewRuleBook", summary = "The rule book in force in the caller's region (version 0: as "
      + "shipped), its text and the versions saved")
  @APIResponse(responseCode = "200", description = "the rule book", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRuleBook.class)))
  public ReviewRuleBook ruleBook() {
    return ReviewRuleBook.of(reviews.ruleBook(callers.caller()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "saveReviewRuleBook", summary = "Save an edited rule book as the next version (the office; "
      + "audited); documents reviewed from then on are reviewed with it")
  @APIResponse(responseCode = "200", description = "the rule book now in force", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRuleBook.class)))
  @APIResponse(responseCode = "400", description = "review.rules.invalid with `detail` (the line or rule and why, "
      + "e.g. \"rule region.local-entity does not find its example+: …\"); also review.rules.text, "
      + "review.rules.note, request.invalid (no editedFrom)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = RuleBookRefusal.class)))
  @APIResponse(responseCode = "403", description = "accessDenied: only the office keeps the rule book",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "concurrentChange: another version was saved since editedFrom",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public ReviewRuleBook save(RuleBookSaveRequest body) {
    Caller caller = callers.caller();
    RuleBookSaveRequest edit = Endpoints.required(body, null);
    return ReviewRuleBook.of(reviews.saveRuleBook(caller, edit.text(), Endpoints.required(edit.editedFrom(),
        "editedFrom"), edit.note()));
  }
}
