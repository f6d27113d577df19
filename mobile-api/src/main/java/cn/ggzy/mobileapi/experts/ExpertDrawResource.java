package cn.ggzy.mobileapi.experts;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.experts.ExpertBodies.CancelAction;
import cn.ggzy.mobileapi.experts.ExpertBodies.DrawAction;
import cn.ggzy.mobileapi.experts.ExpertBodies.DrawRequestBody;
import cn.ggzy.mobileapi.experts.ExpertBodies.RatingRequest;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertDraws.PanelMember;
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

/**
 * Drawing evaluation experts for a tender section: request (screened and committed), draw with the
 * witness's value, cancel; the panel is 409 {@code expert.draw.sealed} until the evaluation starts.
 * Another department's draw is 404.
 */
@Path("/v1/expert-draws")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "experts", description = "评标专家 Evaluation experts: applications, invitations, draw verification")
public class ExpertDrawResource {
  @Inject CallerResolver callers;
  @Inject ExpertDraws draws;

  @GET
  @Operation(operationId = "listExpertDraws", summary = "The department's draws (the office: the region's), newest first")
  public List<ExpertDrawView> list(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return draws.list(callers.caller(), offset, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "requestExpertDraw", summary = "Request experts: the pool is screened (回避) and the first round committed")
  @APIResponse(responseCode = "201", description = "committed: the document's SHA-256 and the seed's SHA-256 are public",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertDrawView.class)))
  @APIResponse(responseCode = "409", description = "expert.draw.tooFew: too few eligible experts after recusal")
  public Response request(@NotNull DrawRequestBody body) {
    return Response.status(Response.Status.CREATED).entity(draws.request(callers.caller(), body.toRequest())).build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "expertDraw", summary = "One draw: request, rounds, counts; never the names before the evaluation")
  public ExpertDrawView find(@PathParam("id") String id) {
    return draws.find(callers.caller(), id);
  }

  @POST
  @Path("/{id}/draw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "drawExperts", summary = "Draw the first round with the witness's value; the drawn experts are invited")
  public ExpertDrawView draw(@PathParam("id") String id, @NotNull DrawAction body) {
    return draws.draw(callers.caller(), id, body.version(), body.witnessName(), body.witnessValue());
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "cancelExpertDraw", summary = "Cancel a draw (the section is not evaluated)")
  public ExpertDrawView cancel(@PathParam("id") String id, @NotNull CancelAction body) {
    return draws.cancel(callers.caller(), id, body.version(), body.reason());
  }

  @POST
  @Path("/{id}/ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "rateExpert", summary = "一标一评: rate an expert of the panel once the evaluation has started (once each)")
  public ExpertDrawView rate(@PathParam("id") String id, @NotNull RatingRequest body) {
    return draws.rate(callers.caller(), id, body.toInput());
  }

  @POST
  @Path("/{id}/ratings/{expertId}/credit-record")
  @Operation(operationId = "expertRatingToCredit", summary = "Enter a negative rating into the expert's credit file"
      + " (履约评价差, approved by a second person in the credit module)")
  @APIResponse(responseCode = "201", description = "the credit record, pending approval", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)))
  public Response creditRecord(@PathParam("id") String id, @PathParam("expertId") String expertId) {
    return Response.status(Response.Status.CREATED).entity(draws.creditRecord(callers.caller(), id, expertId))
        .build();
  }

  @GET
  @Path("/{id}/panel")
  @Operation(operationId = "unsealExpertPanel", summary = "The panel, once the evaluation has started (each read audited)")
  @APIResponse(responseCode = "200", description = "the experts drawn, in every round, with their answers",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelMember.class,
          type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "409", description = "expert.draw.sealed: before the evaluation starts")
  public Response panel(@PathParam("id") String id) {
    return Response.ok(draws.unseal(callers.caller(), id)).header("Cache-Control", "no-store").build();
  }
}
