package cn.ggzy.mobileapi.audit;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.AuditVerification;
import cn.ggzy.server.application.AuditVerification.ChainReport;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the audit trail's hash-chain check: the office sees every department of its region, a
 * department head the own department, a system administrator any. Each run is audited.
 */
@Tag(name = "audit", description = "审计链核验 Audit chain verification")
@Path("/v1/audit/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class AuditVerificationResource {
  @Inject CallerResolver callers;
  @Inject AuditVerification verification;
  @Inject TenantDirectory directory;

  @GET
  @Operation(summary = "Check the audit chains within my reach (or one department's) for tampering")
  @APIResponse(responseCode = "200", description = "one result per department, intact or with the first broken sequence")
  @APIResponse(responseCode = "404", description = "the department is not within reach")
  public List<ChainResult> verify(
      @Parameter(description = "one department only, e.g. 421181-zjj") @QueryParam("tenantId") String tenantId) {
    Caller caller = callers.caller();
    List<ChainReport> reports = tenantId == null || tenantId.isBlank() ? verification.verify(caller)
        : List.of(verification.verify(caller, parse(tenantId)));
    return reports.stream().map(r -> ChainResult.of(r, directory)).toList();
  }

  private static TenantId parse(String tenantId) {
    try {
      return TenantId.of(tenantId.trim());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("tenant");
    }
  }
}
