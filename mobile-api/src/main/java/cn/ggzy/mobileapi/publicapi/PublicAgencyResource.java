package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.AgencyAssessments;
import cn.ggzy.server.application.AgencyAssessments.PublicGrade;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: a region's published agency assessment results of a period, ranked (公示). */
@Path("/v1/public/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies", description = "代理机构考核 Agency assessment")
public class PublicAgencyResource {
  @Inject AgencyAssessments assessments;
  @Inject TenantDirectory directory;

  @GET
  @Path("/grades")
  @Operation(operationId = "publicAgencyGrades", summary = "Published and final results of a period, ranked")
  @APIResponse(responseCode = "200", description = "rank, agency, total, grade, state",
      content = @Content(schema = @Schema(implementation = PublicGrade.class)))
  @APIResponse(responseCode = "400", description = "region.unknown (region), agency.period.invalid (period)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<PublicGrade> grades(
      @Parameter(description = "six-digit region code", example = "421181") @QueryParam("region") String region,
      @Parameter(description = "2026-Q3 or 2026", example = "2026-Q3") @QueryParam("period") String period) {
    RegionCode code;
    try {
      code = RegionCode.of(region == null ? "" : region.strip());
    } catch (RuntimeException e) {
      throw new DomainException("region.unknown", "region");
    }
    if (directory.region(code).isEmpty()) {
      throw new DomainException("region.unknown", "region");
    }
    return assessments.published(code, period);
  }
}
