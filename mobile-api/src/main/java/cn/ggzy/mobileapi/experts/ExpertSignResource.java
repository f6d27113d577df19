package cn.ggzy.mobileapi.experts;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.ExpertSigns;
import cn.ggzy.server.domain.model.expert.ExpertSign;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signs in the evaluation scores for reviewers (department heads: own tenders; the office: the region, audited). */
@Path("/v1/expert-signs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
@Tag(name = "experts", description = "评标专家 Evaluation experts: applications, invitations, draw verification")
public class ExpertSignResource {
  @Inject CallerResolver callers;
  @Inject ExpertSigns signs;

  @GET
  @Operation(operationId = "expertSigns", summary = "FAVOUR (of a bidder), TRACKING (another expert), DEVIATION (from the"
      + " panel) with the scores behind each; strongest first within each kind")
  public List<ExpertSign> list() {
    return signs.signs(callers.caller());
  }
}
