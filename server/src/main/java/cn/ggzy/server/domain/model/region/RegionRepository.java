package cn.ggzy.server.domain.model.region;

import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import java.util.List;
import java.util.Optional;

/** Regions are the roots of tenancy, so this catalogue is the one store not owned by a tenant. */
public interface RegionRepository {
  Optional<Region> find(RegionCode code);

  List<Region> all();

  void store(Region region);
}
