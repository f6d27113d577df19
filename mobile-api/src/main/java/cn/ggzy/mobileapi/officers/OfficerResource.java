package cn.ggzy.mobileapi.officers;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.OfficerDirectory;
import cn.ggzy.server.application.OfficerDirectory.OfficerSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers of my department; another department's officer is "not found". */
@Tag(name = "officers", description = "执法人员 Officers")
@Path("/v1/officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD,
    Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class OfficerResource {
  @Inject CallerResolver callers;
  @Inject OfficerDirectory officers;

  @GET
  @Operation(summary = "Officers of my department")
  public List<OfficerSummary> colleagues() {
    return officers.colleagues(callers.caller());
  }

  @GET
  @Path("/{login}")
  @Operation(summary = "One officer (of my department; the office sees its whole region)")
  @APIResponse(responseCode = "404", description = "no such officer within reach")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = OfficerSummary.class)))
  public OfficerSummary officer(@PathParam("login") String login) {
    return officers.find(callers.caller(), login);
  }
}
