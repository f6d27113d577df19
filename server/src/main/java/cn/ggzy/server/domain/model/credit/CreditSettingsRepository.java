package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;

/** Region-owned credit settings; a region that never changed them has the defaults. */
public interface CreditSettingsRepository {
  CreditSettings settings(RegionCode region);

  void store(RegionCode region, CreditSettings settings);
}
