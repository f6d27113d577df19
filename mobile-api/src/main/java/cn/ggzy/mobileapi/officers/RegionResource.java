package cn.ggzy.mobileapi.officers;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.publicapi.PublicRegionResource.RegionView;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A new city on the platform, for system administrators: a region with its supervision office,
 * then its departments (what the console's 地区与单位 page does; the same rules and errors).
 */
@Tag(name = "regions", description = "地区与部门 Regions and departments")
@Path("/v1/regions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYSTEM_ADMIN)
@SecurityRequirement(name = "jwt")
public class RegionResource {
  @Inject CallerResolver callers;
  @Inject TenantDirectory directory;

  @POST
  @Operation(summary = "Add a region (a division code) with its supervision office")
  @APIResponse(responseCode = "201", description = "the region with its office",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionView.class)))
  public Response addRegion(@NotNull @Valid NewRegion request) {
    Region added = directory.addRegion(callers.caller(), request.code(), request.nameZh(), request.nameEn(),
        request.caseNumberPrefix(), request.officeNameZh(), request.officeNameEn());
    return Response.status(Response.Status.CREATED).entity(RegionView.of(added)).build();
  }

  @POST
  @Path("/{code}/departments")
  @Operation(summary = "Add a department to a region")
  @APIResponse(responseCode = "201", description = "the region with its departments",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionView.class)))
  public Response addDepartment(@PathParam("code") String code, @NotNull @Valid NewDepartment request) {
    RegionCode region;
    try {
      region = RegionCode.of(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException("region.code.invalid", "code");
    }
    DepartmentKind kind;
    try {
      kind = DepartmentKind.valueOf(request.kind());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException("department.kind.unknown", "kind");
    }
    Region changed = directory.addDepartment(callers.caller(), region, request.code(), request.nameZh(),
        request.nameEn(), kind);
    return Response.status(Response.Status.CREATED).entity(RegionView.of(changed)).build();
  }

  /** A region: its six-digit division code, names, the prefix of its case numbers, its office. */
  public record NewRegion(@NotNull String code, @NotNull String nameZh, @NotNull String nameEn,
      @NotNull String caseNumberPrefix, @NotNull String officeNameZh, @NotNull String officeNameEn) {}

  /** A department: its code within the region (the tenant id is region-code), names and kind. */
  public record NewDepartment(@NotNull String code, @NotNull String nameZh, @NotNull String nameEn,
      @NotNull String kind) {}
}
