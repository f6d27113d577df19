package cn.ggzy.mobileapi.sites;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.ChallengeView;
import cn.ggzy.server.application.SiteSupervision.CheckInInput;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.SiteSelf;
import cn.ggzy.server.domain.model.DomainException;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Site staff's check-in through their personal link (no account): what the link holder sees, a liveness
 * challenge chosen by the server (valid once, for 3 minutes), and the check-in with two live frames, the
 * position, its accuracy and the phone's time, decided on the server. A replaced person's link answers
 * 409 {@code site.person.replaced}; an unknown link 404.
 */
@Tag(name = "sites", description = "标后监管 Post-award site supervision")
@Path("/v1/public/site/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicSiteResource {
  @Inject SiteSupervision sites;

  /** A check-in as the phone sends it. */
  public record SiteCheckInRequest(@Schema(description = "the challenge's id", example = "421181-zjj~TZ-AB12CD34EF-x")
      String challengeId,
      @Schema(description = "the first frame (face to the camera), JPEG base64", example = "/9j/4AAQ...") String firstFrame,
      @Schema(description = "the second frame (after the movement asked), JPEG base64", example = "/9j/4AAQ...")
      String secondFrame,
      @Schema(example = "31.1705") Double latitude, @Schema(example = "115.0105") Double longitude,
      @Schema(description = "the position's 68 % radius, metres", example = "12") Double accuracyMeters,
      @Schema(description = "the phone's clock when the frames were taken (ISO-8601)",
          example = "2026-12-14T08:03:12+08:00") String deviceTime) {}

  @GET
  @Operation(operationId = "siteSelf", summary = "The link holder: name, role, project, the site and today's check-ins")
  @APIResponse(responseCode = "200", description = "the holder's page", content = @Content(
      schema = @Schema(implementation = SiteSelf.class)))
  @APIResponse(responseCode = "404", description = "site.link.notFound", content = @Content(
      schema = @Schema(implementation = ApiError.class)))
  public SiteSelf self(@PathParam("token") String token) {
    return sites.self(token);
  }

  @POST
  @Path("/challenge")
  @Operation(operationId = "siteChallenge", summary = "A movement to make between the two frames, chosen at random")
  @APIResponse(responseCode = "200", description = "the challenge", content = @Content(
      schema = @Schema(implementation = ChallengeView.class)))
  public ChallengeView challenge(@PathParam("token") String token) {
    return sites.challenge(token);
  }

  @POST
  @Path("/check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "siteCheckIn", summary = "Check in: decided on the server (present, outside the site,"
      + " outside hours, face mismatch, liveness failed, suspected spoof), every finding kept")
  @APIResponse(responseCode = "201", description = "decided", content = @Content(
      schema = @Schema(implementation = CheckInView.class)))
  @APIResponse(responseCode = "400", description = "site.photo.*, geography.point.invalid, site.checkIn.* at its field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "site.challenge.invalid (expired, used or another's), or"
      + " site.person.replaced: nothing kept", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "429", description = "site.checkIn.tooMany: more than 5 check-ins of the person in 10"
      + " minutes (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "site.link.notFound", content = @Content(
      schema = @Schema(implementation = ApiError.class)))
  public Response checkIn(@PathParam("token") String token, SiteCheckInRequest r) {
    if (r == null) {
      throw new DomainException("request.invalid", null);
    }
    Instant deviceTime = null;
    if (r.deviceTime() != null && !r.deviceTime().isBlank()) {
      try {
        deviceTime = OffsetDateTime.parse(r.deviceTime().strip()).toInstant();
      } catch (DateTimeException e) {
        throw new DomainException("site.checkIn.deviceTime", "deviceTime");
      }
    }
    CheckInView v = sites.checkIn(token, new CheckInInput(r.challengeId(), Photos.decode(r.firstFrame(), "firstFrame"),
        Photos.decode(r.secondFrame(), "secondFrame"), r.latitude(), r.longitude(), r.accuracyMeters(), deviceTime));
    return Response.status(Response.Status.CREATED).entity(v).build();
  }
}
