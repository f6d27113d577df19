package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: the regions on the platform and their departments (for the public apps' forms). */
@Tag(name = "public-regions", description = "地区（公开）Regions (public)")
@Path("/v1/public/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicRegionResource {
  @Inject TenantDirectory directory;

  @GET
  @Operation(summary = "Regions and their departments")
  public List<RegionView> regions() {
    return directory.regions().stream().map(RegionView::of).toList();
  }

  public record RegionView(String code, String nameZh, String nameEn, List<DepartmentView> departments) {
    public static RegionView of(Region r) {
      return new RegionView(r.code().value(), r.nameZh(), r.nameEn(), r.departments().stream()
          .map(d -> new DepartmentView(d.id().value(), d.nameZh(), d.nameEn(), d.kind().name())).toList());
    }
  }

  public record DepartmentView(String tenantId, String nameZh, String nameEn, String kind) {}
}
