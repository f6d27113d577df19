package cn.ggzy.server.domain.model.notification;

/**
 * Tells the filer of the complaint or report behind a case of a {@link NotificationKind#FILER_PROGRESS}
 * notification (by SMS to the number they gave; an anonymous filer is not reached). Telling again
 * (the outbox retried after a crash, a second node) sends nothing more.
 */
public interface FilerChannel {
  void tell(NotificationIntent intent);
}
