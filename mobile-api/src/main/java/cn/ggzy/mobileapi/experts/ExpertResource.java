package cn.ggzy.mobileapi.experts;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.experts.ExpertBodies.DisqualificationAnswer;
import cn.ggzy.mobileapi.experts.ExpertBodies.DisqualificationRequest;
import cn.ggzy.mobileapi.experts.ExpertBodies.ExpertDecisionRequest;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.DisqualificationView;
import cn.ggzy.server.application.ExpertPool.ExpertDetail;
import cn.ggzy.server.application.ExpertPool.ExpertIdentity;
import cn.ggzy.server.application.ExpertPool.ExpertSummary;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The supervision office keeps the region's pool of evaluation experts (office roles in the office tenant; others 403). */
@Path("/v1/experts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "experts", description = "评标专家 Evaluation experts: applications, invitations, draw verification")
public class ExpertResource {
  @Inject CallerResolver callers;
  @Inject ExpertPool pool;

  @GET
  @Operation(operationId = "listExperts", summary = "The pool, newest application first; state CANDIDATE, ACTIVE, SUSPENDED, EXITED, REJECTED or all")
  public List<ExpertSummary> list(@QueryParam("state") String state, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return pool.list(callers.caller(), state(state), offset, limit);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "expert", summary = "One expert, resident ID and phone masked")
  public ExpertDetail find(@PathParam("id") String id) {
    return pool.find(callers.caller(), id);
  }

  @GET
  @Path("/{id}/identity")
  @Operation(operationId = "expertIdentity", summary = "The full resident ID and phone (audited read of personal data)")
  @APIResponse(responseCode = "200", description = "the identity", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertIdentity.class)))
  public Response identity(@PathParam("id") String id) {
    return Response.ok(pool.reveal(callers.caller(), id)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/{id}/score")
  @Operation(operationId = "expertScore", summary = "The score from the 一标一评 ratings, each line with its weight (halved each year)")
  public ExpertScore score(@PathParam("id") String id) {
    return pool.score(callers.caller(), id);
  }

  @POST
  @Path("/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "decideOnExpert", summary = "Approve or reject an application, suspend, reinstate, pass the annual review, or exit")
  public ExpertDetail decide(@PathParam("id") String id, @NotNull ExpertDecisionRequest body) {
    return pool.decide(callers.caller(), id, body.version(), body.toDecision());
  }

  @POST
  @Path("/{id}/disqualifications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "requestExpertDisqualification", summary = "提请取消评标资格: ask the qualifying body, from a case")
  @APIResponse(responseCode = "201", description = "sent; the letter at GET /v1/experts/disqualifications/{id}/letter",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = DisqualificationView.class)))
  public Response disqualify(@PathParam("id") String id, @NotNull DisqualificationRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(pool.requestDisqualification(callers.caller(), id, body.toInput())).build();
  }

  @GET
  @Path("/disqualifications")
  @Operation(operationId = "listExpertDisqualifications", summary = "The office's disqualification requests, newest first")
  public List<DisqualificationView> disqualifications(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return pool.disqualifications(callers.caller(), offset, limit);
  }

  @POST
  @Path("/disqualifications/{requestId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "answerExpertDisqualification", summary = "Record the answer; a cancelled qualification takes the expert out of the pool")
  public DisqualificationView answer(@PathParam("requestId") String requestId, @NotNull DisqualificationAnswer body) {
    return pool.answerDisqualification(callers.caller(), requestId, body.version(), body.cancelled(), body.note());
  }

  @GET
  @Path("/disqualifications/{requestId}/letter")
  @Produces("application/pdf")
  @Operation(operationId = "expertDisqualificationLetter", summary = "关于提请取消评标专家资格的函 as PDF (audited: it carries the full ID)")
  @APIResponse(responseCode = "200", description = "the letter", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response letter(@PathParam("requestId") String requestId) {
    return Response.ok(pool.disqualificationLetter(callers.caller(), requestId), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + requestId + ".pdf\"")
        .header("Cache-Control", "no-store").build();
  }

  private static ExpertState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ExpertState.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("expert.state.unknown", "state");
    }
  }
}
