package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.publicapi.IntakeErrors.RateLimitError;
import cn.ggzy.server.application.IntakeViews.Tracking;
import cn.ggzy.server.application.MySubmissions;
import cn.ggzy.server.application.MySubmissions.CodeSent;
import cn.ggzy.server.application.MySubmissions.Session;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "我的投诉" (public, no account): a real-name filer proves their mobile number with a one-time code
 * sent by SMS, then lists and follows what they filed with that number, without receipt numbers or
 * access codes. The session token goes in {@code X-Filer-Token}; it lasts 30 minutes.
 */
@Path("/v1/public/my")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "my-submissions", description = "我的投诉 A filer's own submissions, by mobile number (public)")
public class MySubmissionsResource {
  static final String TOKEN = "X-Filer-Token";

  @Inject MySubmissions my;
  @Inject PublicApiClients clients;
  @Context HttpServletRequest request;

  @Schema(description = "The mobile number a code is sent to")
  public record CodeRequest(@Schema(required = true, example = "13812345678") String phone) {}

  @Schema(description = "The number and the code it received")
  public record SessionRequest(@Schema(required = true, example = "13812345678") String phone,
      @Schema(required = true, example = "123456", description = "6 digits") String code) {}

  @POST
  @Path("/codes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "sendFilerCode", summary = "Send a one-time code to a mobile number by SMS",
      description = "Answers alike whether or not the number filed anything. One code a minute and ten a day "
          + "per number; a code is valid 5 minutes.")
  @APIResponse(responseCode = "201", description = "sent",
      content = @Content(schema = @Schema(implementation = CodeSent.class)))
  @APIResponse(responseCode = "400", description = "intake.phone.required / intake.phone.invalid (field phone)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "429", description = "intake.my.code.wait, intake.my.code.tooMany, intake.rate.*; "
      + "Retry-After", content = @Content(schema = @Schema(implementation = RateLimitError.class)))
  public Response sendCode(CodeRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return Response.status(Response.Status.CREATED).entity(my.sendCode(clients.of(request), body.phone()))
        .header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "openFilerSession", summary = "Check the code; a right one opens a 30-minute session",
      description = "Five wrong codes void the code; a code is used once.")
  @APIResponse(responseCode = "201", description = "the session token",
      content = @Content(schema = @Schema(implementation = Session.class)))
  @APIResponse(responseCode = "400", description = "intake.my.code.invalid (field code), intake.phone.invalid",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response open(SessionRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return Response.status(Response.Status.CREATED)
        .entity(my.verify(clients.of(request), body.phone(), body.code())).header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/submissions")
  @Operation(operationId = "listMySubmissions", summary = "The submissions filed with the session's number, "
      + "newest first, each as on the tracking page")
  @APIResponse(responseCode = "200", description = "the submissions",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Tracking.class)))
  @APIResponse(responseCode = "403", description = "intake.my.session.expired",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response submissions(@Parameter(description = "the session token") @HeaderParam(TOKEN) String token) {
    return Response.ok(my.submissions(clients.of(request), token)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/submissions/{receiptNumber}")
  @Operation(operationId = "getMySubmission", summary = "One of the session's submissions")
  @APIResponse(responseCode = "200", description = "the public view",
      content = @Content(schema = @Schema(implementation = Tracking.class)))
  @APIResponse(responseCode = "404", description = "intake.my.notFound (not filed with this number)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response submission(@PathParam("receiptNumber") String receipt, @HeaderParam(TOKEN) String token) {
    return Response.ok(my.submission(clients.of(request), token, receipt)).header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/submissions/{receiptNumber}/notices/{kind}")
  @Produces("application/pdf")
  @Operation(operationId = "getMyNotice", summary = "A notice served on the filer as PDF (kinds as on the "
      + "tracking answer's notices)")
  @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "intake.my.notFound, intake.notice.notFound",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "intake.my.session.expired",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response notice(@PathParam("receiptNumber") String receipt, @PathParam("kind") String kind,
      @HeaderParam(TOKEN) String token) {
    return PublicIntakeResource.notice(my.noticePdf(clients.of(request), token, receipt, kind), kind, receipt);
  }
}
