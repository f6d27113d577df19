package cn.ggzy.mobileapi.intake;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.MessageRequest;
import cn.ggzy.mobileapi.publicapi.IntakeRequests.RevealRequest;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.PublicIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The complaint or report behind a case, for the officers who may read the case. The identity is
 * masked; seeing it in full needs a reason and is audited, as is every file opened.
 */
@Tag(name = "submissions", description = "来信材料（办案人员）Submissions (officers)")
@Path("/v1/cases/{id}/submission")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class SubmissionResource {
  @Inject CallerResolver callers;
  @Inject PublicIntake intake;

  @GET
  @Operation(summary = "The submission (identity masked), its files with SHA-256 and the messages")
  @APIResponse(responseCode = "404", description = "no such case within reach, or no submission behind it",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Submission.class)))
  public Submission submission(@PathParam("id") String id) {
    return intake.submission(callers.caller(), id);
  }

  @POST
  @Path("/identity-reveals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "See the filer's identity in full; the reason is required and the reveal is audited",
      description = "For the department handling the case and office leaders only.")
  @APIResponse(responseCode = "200", description = "the identity",
      content = @Content(schema = @Schema(implementation = Identity.class)))
  @APIResponse(responseCode = "400", description = "intake.reveal.reason.required",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "intake.identity.notHandling",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response reveal(@PathParam("id") String id, RevealRequest body) {
    Identity identity = intake.revealIdentity(callers.caller(), id, body == null ? null : body.reason());
    return Response.ok(identity).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A message to the filer, shown when they follow up")
  @APIResponse(responseCode = "201", description = "the message",
      content = @Content(schema = @Schema(implementation = Message.class)))
  public Response message(@PathParam("id") String id, MessageRequest body) {
    Message sent = intake.sendMessage(callers.caller(), id, body == null ? null : body.text());
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @GET
  @Path("/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @APIResponse(responseCode = "200", description = "the file as sent, with X-Content-SHA256",
      content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @Operation(summary = "One file of the submission (audited); its SHA-256 in the X-Content-SHA256 header")
  public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    Download d = intake.evidence(callers.caller(), id, fileId);
    StreamingOutput body = out -> {
      try (InputStream in = d.open().get()) {
        in.transferTo(out);
      }
    };
    return Response.ok(body, d.contentType()).header("Content-Length", d.size())
        .header("X-Content-SHA256", d.sha256()).header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
