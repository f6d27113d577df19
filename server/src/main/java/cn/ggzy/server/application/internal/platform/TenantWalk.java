package cn.ggzy.server.application.internal.platform;

import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantId;
import java.util.List;

/** Background work visits tenants explicitly, one department at a time. */
public final class TenantWalk {
  private TenantWalk() {}

  public record Stop(Region region, TenantId tenant) {}

  public static List<Stop> every(RegionRepository regions) {
    return regions.all().stream()
        .flatMap(r -> r.departments().stream().map(Department::id).map(t -> new Stop(r, t)))
        .toList();
  }
}
