package cn.ggzy.server.domain.model.intake;

/**
 * Text messages (SMS) to a filer's mobile phone: one-time codes for "我的投诉" and the progress of
 * their case (accepted, not accepted, 补正 requested, decided). A provider's adapter sits behind it
 * in production, a stand-in otherwise. An implementation never logs the number or the text.
 */
public interface FilerMessenger {
  /** Sends {@code text} (Chinese, signed with the platform's name) to {@code phone} (11 digits). */
  void send(String phone, String text);
}
