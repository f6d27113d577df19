package cn.ggzy.mobileapi.rigging;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.Page;
import cn.ggzy.server.application.RiggingWarnings.QueueItem;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bid-rigging warnings for review: a department head sees the own department's, the office every
 * department's of its region (audited). A warning is evidence, never a verdict.
 */
@Tag(name = "rigging-warnings", description = "围标串标预警 Bid-rigging warnings")
@Path("/v1/rigging/warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class RiggingWarningResource {
  @Inject CallerResolver callers;
  @Inject RiggingWarnings warnings;

  @GET
  @Operation(summary = "Warnings, highest risk first; filters: status (OPEN, DISMISSED, CASE_OPENED), minimumScore "
      + "(0–100), department (office only, e.g. zjj)")
  public Page list(@QueryParam("status") String status, @QueryParam("minimumScore") Integer minimumScore,
      @QueryParam("department") String department, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return warnings.list(callers.caller(), new RiggingWarnings.Query(status(status), minimumScore, department,
        offset, limit));
  }

  @GET
  @Path("/queue")
  @Operation(summary = "The next open warnings to review (size 1–100, default 20): highest score first; while a "
      + "region model is in use one place in twenty goes to the warning whose model probability is nearest 0.5 "
      + "(reason UNCERTAIN), whose review teaches the model most")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(type = SchemaType.ARRAY, implementation = QueueItem.class)))
  public List<QueueItem> queue(@QueryParam("size") @DefaultValue("20") int size) {
    return warnings.reviewQueue(callers.caller(), size);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One warning: bidders, evidence (matched fields, bids, values), legal basis (art. 40 items)")
  @APIResponse(responseCode = "404", description = "no such warning within reach")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Detail.class)))
  public Detail find(@PathParam("id") String id) {
    return warnings.find(callers.caller(), id);
  }

  @POST
  @Path("/{id}/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dismiss an open warning with a reason (audited)")
  @APIResponse(responseCode = "409", description = "the warning is no longer open")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Detail.class)))
  public Detail dismiss(@PathParam("id") String id, DismissRequest request) {
    return warnings.dismiss(callers.caller(), id, request == null ? null : request.reason());
  }

  @POST
  @Path("/{id}/case")
  @Operation(summary = "Open a case (source SMART_WARNING) from an open warning in one action; the case number is "
      + "linked back on the warning")
  @APIResponse(responseCode = "409", description = "the warning is no longer open")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Detail.class)))
  public Detail openCase(@PathParam("id") String id) {
    return warnings.openCase(callers.caller(), id);
  }

  private static WarningStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return WarningStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("rigging.request.invalid", "status");
    }
  }

  /** Why the warning is dismissed. */
  public record DismissRequest(String reason) {}
}
