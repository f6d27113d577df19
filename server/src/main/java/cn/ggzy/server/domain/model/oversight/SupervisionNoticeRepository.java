package cn.ggzy.server.domain.model.oversight;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** 督办 notices; region-owned (the office issues them), every finder takes the region or the department first. */
public interface SupervisionNoticeRepository {
  String nextId();

  /** Stores a new notice ({@code readVersion} 0; it carries version 1) or the answered one over the version it was read at. */
  void store(RegionCode region, SupervisionNotice notice, long readVersion);

  Optional<SupervisionNotice> find(RegionCode region, String id);

  /** The region's notices, newest first. */
  List<SupervisionNotice> list(RegionCode region, int limit);

  /** One department's notices, newest first. */
  List<SupervisionNotice> list(TenantId department, int limit);
}
