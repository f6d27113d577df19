package cn.ggzy.server.domain.model.dispatch;

import cn.ggzy.tenants.RegionCode;
import java.util.List;
import java.util.Optional;

/** The region's generated reports. */
public interface DispatchReportRepository {
  /** Stores a report unless the region has one with its id (a schedule's period is made once); answers whether it did. */
  boolean add(DispatchReport report);

  boolean exists(RegionCode region, String id);

  /** A report with its contents. */
  Optional<DispatchReport> find(RegionCode region, String id);

  /** The region's reports, newest first, without their contents. */
  List<DispatchReport> list(RegionCode region, int limit);
}
