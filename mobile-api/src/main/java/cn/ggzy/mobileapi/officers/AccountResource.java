package cn.ggzy.mobileapi.officers;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountAdministration.CreatedAccount;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration for administrators, department heads and office leaders. */
@Tag(name = "accounts", description = "账号管理 Accounts")
@Path("/v1/accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class AccountResource {
  @Inject CallerResolver callers;
  @Inject AccountAdministration administration;

  @POST
  @Operation(summary = "Create an account; the initial password is in the answer, once")
  @APIResponse(responseCode = "201", description = "created, with the initial password (shown once)",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedAccount.class)))
  public Response create(@NotNull @Valid NewAccount request) {
    TenantId tenant;
    try {
      tenant = TenantId.of(request.tenantId());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException("account.tenant.unknown", "tenantId");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : request.roles() == null ? List.<String>of() : request.roles()) {
      try {
        roles.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new DomainException("account.roles.notGrantable", "roles");
      }
    }
    CreatedAccount created = administration.create(callers.caller(), tenant, request.login(),
        request.displayName(), roles);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  public record NewAccount(@NotNull String tenantId, @NotNull String login, @NotNull String displayName,
      List<String> roles) {}
}
