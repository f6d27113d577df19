package cn.ggzy.server.domain.model.rigging;

import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The region's labels of tenders and its trained models. */
public interface RiggingLearningRepository {

  /** Stores the department's label of a section, replacing the one it had. */
  void storeLabel(TenantId department, TenderLabel label);

  Optional<TenderLabel> label(TenantId department, SectionKey section);

  /** Every label of the region's departments, oldest first. */
  List<TenderLabel> labels(RegionCode region);

  /** Adds a new run; false when the region has a run of that version already (stored meanwhile). */
  boolean addModel(RegionCode region, RegionModel model);

  /** Stores the new status of a stored run. */
  void storeModel(RegionCode region, RegionModel model);

  /** The region's model runs, newest first. */
  List<RegionModel> models(RegionCode region);

  /** The region's model in use, if any (else the screen index scores its tenders). */
  default Optional<RegionModel> active(RegionCode region) {
    return models(region).stream().filter(m -> m.status() == RegionModelStatus.ACTIVE).findFirst();
  }
}
