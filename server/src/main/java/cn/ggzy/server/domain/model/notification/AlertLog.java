package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/**
 * The deadline alerts already handed out, so that the scan does not redo them every minute. It is
 * written after the alert was stored for all its recipients: a crash in between only means the
 * (idempotent) work is done again.
 */
public interface AlertLog {
  boolean contains(TenantId tenant, String alertId);

  void record(TenantId tenant, String alertId, Instant at);
}
