package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.List;

/** The running clocks of a department's open cases, read for the deadline scan. */
public interface CaseClocks {
  /** Open cases of the tenant whose running clock ends before {@code horizon}. */
  List<CaseClock> endingBefore(TenantId tenant, Instant horizon);
}
