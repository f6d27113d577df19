package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.RegionCode;
import java.util.List;
import java.util.Optional;

/** The model texts of a region. */
public interface ModelTextRepository {

  String nextId();

  void store(RegionCode region, ModelText text);

  Optional<ModelText> find(RegionCode region, String id);

  /** Newest first, without their clauses. */
  List<ModelText> list(RegionCode region);
}
