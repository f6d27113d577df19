package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.notification.Recipient;
import java.util.Set;

/** CDI event: these officers have new notifications (screens open on this node refresh their count). */
public record InboxChanged(Set<Recipient> recipients) {
  public InboxChanged {
    recipients = Set.copyOf(recipients);
  }
}
