package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;

/**
 * One officer's copy of a notification: an item of the in-app inbox. Its id is the intent's id
 * and the recipient's login, so that it exists at most once.
 */
public record Notification(String id, TenantId recipientTenant, String recipient, String intentId,
    NotificationKind kind, CaseRef subject, Instant at, String actorName, Instant due, boolean read,
    String outcome) implements TenantOwned {

  public Notification(String id, TenantId recipientTenant, String recipient, String intentId, NotificationKind kind,
      CaseRef subject, Instant at, String actorName, Instant due, boolean read) {
    this(id, recipientTenant, recipient, intentId, kind, subject, at, actorName, due, read, null);
  }

  public static Notification of(NotificationIntent intent, Recipient to, boolean muted) {
    return new Notification(intent.id() + "/" + to.login(), to.tenant(), to.login(), intent.id(), intent.kind(),
        intent.subject(), intent.at(), intent.actorName(), intent.due(), muted, intent.outcome());
  }

  @Override
  public TenantId tenantId() {
    return recipientTenant;
  }
}
