package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.List;

/** The in-app inboxes. Every method takes the recipient's tenant first. */
public interface NotificationRepository {
  /** Stores the notification unless one with its id exists; true when this call stored it. */
  boolean add(Notification notification);

  /** The recipient's newest notifications first. */
  List<Notification> latest(TenantId tenant, String login, int offset, int limit);

  long unread(TenantId tenant, String login);

  /** Marks one (or, with a null id, every) notification of the recipient read. */
  void markRead(TenantId tenant, String login, String id);
}
