package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.Collection;
import java.util.List;

/**
 * The notifications waiting in cases' outboxes: written with the case change that caused them,
 * removed once they are stored as notifications (which is idempotent, so a crash in between only
 * means they are stored again under the same ids).
 */
public interface CaseOutbox {
  record Pending(String caseId, List<NotificationIntent> intents) {}

  /** Cases of the tenant with notifications waiting. */
  List<Pending> pending(TenantId tenant, int limit);

  /** Removes the given notifications from the case's outbox (the case's version does not change). */
  void delivered(TenantId tenant, String caseId, Collection<String> intentIds);
}
