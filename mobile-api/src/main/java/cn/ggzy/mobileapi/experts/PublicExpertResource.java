package cn.ggzy.mobileapi.experts;

import cn.ggzy.mobileapi.experts.ExpertBodies.AccessRequest;
import cn.ggzy.mobileapi.experts.ExpertBodies.ApplicationRequest;
import cn.ggzy.mobileapi.experts.ExpertBodies.InvitationAnswerRequest;
import cn.ggzy.mobileapi.publicapi.PublicApiClients;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.Invitation;
import cn.ggzy.server.application.ExpertDraws.PublicDraw;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.ApplicationReceipt;
import cn.ggzy.server.application.ExpertPool.ExpertSelf;
import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public: applying to the pool of evaluation experts, the invited expert's answer through the
 * reply link, and a draw's commitments (and, once the evaluation started, its recomputation).
 */
@Path("/v1/public/experts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts", description = "评标专家 Evaluation experts: applications, invitations, draw verification")
public class PublicExpertResource {
  @Inject ExpertPool pool;
  @Inject ExpertDraws draws;
  @Inject PublicApiClients clients;
  @Context HttpServletRequest request;

  @GET
  @Path("/specialties")
  @Operation(operationId = "expertSpecialties", summary = "The specialty code list (评标专家专业); drawable entries are sub-classes")
  public List<SpecialtyView> specialties() {
    return pool.specialties();
  }

  @POST
  @Path("/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "applyAsExpert", summary = "Apply to enter the pool; every fault of the form answers 400 at once")
  @APIResponse(responseCode = "201", description = "received; the office reviews it", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationReceipt.class)))
  public Response apply(@NotNull ApplicationRequest body) {
    ApplicationReceipt receipt = pool.apply(clients.of(request), body.region(), body.toApplication());
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @POST
  @Path("/access")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "requestExpertAccess", summary = "An expert asks for the link to the own page; 204 whether or"
      + " not the ID and phone match (the link goes only to the phone on file)")
  @APIResponse(responseCode = "204", description = "taken")
  public Response access(@NotNull AccessRequest body) {
    pool.requestAccess(clients.of(request), body.region(), body.residentId(), body.phone());
    return Response.noContent().build();
  }

  @GET
  @Path("/me/{token}")
  @Operation(operationId = "expertSelf", summary = "The expert's own page: state, evaluations served, ratings and score")
  @APIResponse(responseCode = "200", description = "the page", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertSelf.class)))
  public Response self(@PathParam("token") String token) {
    return Response.ok(pool.self(token)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/draws/{id}")
  @Operation(operationId = "publishedExpertDraw", summary = "A draw's commitments; documents, seeds, results and their"
      + " verification once the evaluation has started")
  public PublicDraw draw(@PathParam("id") String id) {
    return draws.published(id);
  }

  @GET
  @Path("/invitations/{token}")
  @Operation(operationId = "expertInvitation", summary = "The invitation behind an expert's reply link")
  @APIResponse(responseCode = "200", description = "the invitation", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
  public Response invitation(@PathParam("token") String token) {
    return noStore(draws.invitation(token));
  }

  @POST
  @Path("/invitations/{token}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replyToExpertInvitation", summary = "Accept, or decline with a reason (a replacement is drawn)")
  @APIResponse(responseCode = "200", description = "the answer recorded", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
  public Response reply(@PathParam("token") String token, @NotNull InvitationAnswerRequest body) {
    return noStore(draws.reply(token, body.accept(), body.reason()));
  }

  private static Response noStore(Invitation invitation) {
    return Response.ok(invitation).header("Cache-Control", "no-store").build();
  }
}
