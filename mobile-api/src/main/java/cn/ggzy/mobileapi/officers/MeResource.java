package cn.ggzy.mobileapi.officers;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Department;
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

/** Who am I: the logged-in officer, department and roles. */
@Tag(name = "me", description = "当前用户 The logged-in officer")
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD,
    Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class MeResource {
  @Inject CallerResolver callers;
  @Inject TenantDirectory directory;

  @GET
  @Operation(summary = "The logged-in officer")
  public Me me() {
    Caller caller = callers.caller();
    Department department = directory.department(caller.tenant()).orElseThrow();
    return new Me(caller.login().value(), caller.displayName(), caller.tenant().value(),
        department.nameZh(), department.nameEn(), caller.tenant().region().value(),
        caller.roles().stream().map(Enum::name).sorted().toList());
  }

  public record Me(String login, String displayName, String tenantId, String departmentNameZh,
      String departmentNameEn, String regionCode, List<String> roles) {}
}
