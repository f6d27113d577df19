package cn.ggzy.mobileapi.agencies;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.AgencyAssessments.AgencyInput;
import cn.ggzy.server.application.AgencyAssessments.MethodInput;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.AssessmentMethod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 代理机构考核 for the office: the agency register, the published method, a period's results computed
 * and ranked, on-site scores, publication, appeals and final results. An assessment's id is
 * {@code <credit code>|<period>} (URL-encode the bar).
 */
@Tag(name = "agencies", description = "代理机构考核 Agency assessment")
@Path("/v1/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class AgencyResource {
  @Inject CallerResolver callers;
  @Inject AgencyAssessments assessments;

  /** An agency to register (version 0) or change (the version read). */
  public record AgencyRequest(@Schema(required = true) AgencyInput agency,
      @Schema(description = "0 to register, else the version read", example = "0") long version) {}

  public record MethodRequest(@Schema(required = true) MethodInput method,
      @Schema(description = "the method's version read (0 while the standard one applies)", example = "0")
      long version) {}

  public record Versioned(@Schema(description = "the assessment's version read", example = "1") long version) {}

  public record OnSiteScore(@Schema(description = "an ON_SITE indicator's code", example = "ONSITE") String indicator,
      @Schema(description = "0 to the indicator's weight", example = "12") int points,
      @Schema(description = "the grounds", example = "档案基本齐全") String note,
      @Schema(example = "1") long version) {}

  public record AgencyAppeal(@Schema(example = "现场考核时项目负责人因公外出") String text,
      @Schema(description = "the day it was received", example = "2026-10-13") String receivedOn,
      @Schema(example = "2") long version) {}

  public record AppealDecision(@Schema(example = "true") boolean upheld, @Schema(example = "证明属实") String reason,
      @Schema(description = "new on-site scores by indicator when upheld", example = "{\"ONSITE\": 15}")
      Map<String, Integer> onSite, @Schema(example = "3") long version) {}

  private static <T> T body(T body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return body;
  }

  @GET
  @Operation(operationId = "agencies", summary = "The region's agencies (office roles)")
  public List<Agency> agencies() {
    return assessments.agencies(callers.caller());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "keepAgency", summary = "Register or change an agency and the projects it ran")
  @APIResponse(responseCode = "200", description = "the agency as stored",
      content = @Content(schema = @Schema(implementation = Agency.class)))
  @APIResponse(responseCode = "400", description = "agency.* or credit code at its field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Agency keep(AgencyRequest request) {
    return assessments.keep(callers.caller(), body(request).agency(), request.version());
  }

  @GET
  @Path("/method")
  @Operation(operationId = "agencyMethod", summary = "The assessment method in force")
  public AssessmentMethod method() {
    return assessments.method(callers.caller());
  }

  @PUT
  @Path("/method")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "publishAgencyMethod", summary = "Publish a new assessment method (office leaders)")
  public AssessmentMethod publishMethod(MethodRequest request) {
    return assessments.publishMethod(callers.caller(), body(request).method(), request.version());
  }

  @GET
  @Path("/assessments")
  @Operation(operationId = "agencyAssessments", summary = "A period's results, ranked best first")
  public List<Assessment> assessments(@QueryParam("period") String period) {
    return assessments.assessments(callers.caller(), period);
  }

  @POST
  @Path("/assessments")
  @Operation(operationId = "computeAgencyAssessments", summary = "Compute a period's drafts again, ranked")
  public List<Assessment> assess(@QueryParam("period") String period) {
    return assessments.assess(callers.caller(), period);
  }

  @GET
  @Path("/assessments/{id}")
  @Operation(operationId = "agencyAssessment", summary = "One result with each point's grounds")
  public Assessment assessment(@PathParam("id") String id) {
    return assessments.assessment(callers.caller(), id);
  }

  @POST
  @Path("/assessments/{id}/score")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "scoreAgencyOnSite", summary = "An on-site score of a draft")
  public Assessment score(@PathParam("id") String id, OnSiteScore s) {
    return assessments.score(callers.caller(), id, body(s).indicator(), s.points(), s.note(), s.version());
  }

  @POST
  @Path("/assessments/{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "publishAgencyAssessment", summary = "Publish a result (office leaders)")
  public Assessment publish(@PathParam("id") String id, Versioned v) {
    return assessments.publish(callers.caller(), id, body(v).version());
  }

  @POST
  @Path("/assessments/{id}/appeal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "appealAgencyAssessment", summary = "Record the agency's appeal received by its last day")
  @APIResponse(responseCode = "200", description = "the appealed result",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  @APIResponse(responseCode = "409", description = "agency.appeal.late: received after the last day",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Assessment appeal(@PathParam("id") String id, AgencyAppeal a) {
    return assessments.appeal(callers.caller(), id, body(a).text(),
        Endpoints.day(a.receivedOn(), "agency.appeal.receivedOn", "receivedOn"), a.version());
  }

  @POST
  @Path("/assessments/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "decideAgencyAppeal", summary = "Decide an appeal (office leaders); the result is final")
  public Assessment decide(@PathParam("id") String id, AppealDecision d) {
    return assessments.decideAppeal(callers.caller(), id, body(d).upheld(), d.reason(), d.onSite(), d.version());
  }

  @POST
  @Path("/assessments/{id}/final")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "finalAgencyAssessment", summary = "Make a result final once its appeal period passed")
  public Assessment makeFinal(@PathParam("id") String id, Versioned v) {
    return assessments.makeFinal(callers.caller(), id, body(v).version());
  }
}
