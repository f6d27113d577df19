package cn.ggzy.server.application;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Tracking;
import java.time.Instant;
import java.util.List;

/**
 * "我的投诉": a real-name filer lists and follows their submissions after proving their mobile number
 * with a one-time code sent by SMS — no receipt number or access code needed. Anonymous reports are
 * never listed (they have no number; their access code cannot be recovered).
 *
 * <p>A code is 6 digits, valid 5 minutes, at most one a minute and ten a day per number; five wrong
 * tries void it. The answer to a code request is the same whether or not the number filed anything.
 * A right code opens a session of 30 minutes, named by a random token the client keeps.
 */
public interface MySubmissions {
  /** A code was sent (the number shown masked): valid so many seconds, a new one after so many. */
  record CodeSent(String maskedPhone, int validSeconds, int resendAfterSeconds) {}

  /** An open session: the token to send with each request, and when it ends. */
  record Session(String token, Instant expiresAt) {}

  /** Sends a code to {@code phone}; refused with {@code intake.phone.invalid} or a wait (429). */
  CodeSent sendCode(Client client, String phone);

  /** Checks the code; a wrong, expired or used code is {@code intake.my.code.invalid} at {@code code}. */
  Session verify(Client client, String phone, String code);

  /** The submissions filed with the session's number, newest first. */
  List<Tracking> submissions(Client client, String token);

  /** One of them, as on the tracking page; another number's receipt answers as unknown. */
  Tracking submission(Client client, String token, String receiptNumber);

  /** A notice served on the filer (as {@link PublicIntake#noticePdf}) for one of them. */
  byte[] noticePdf(Client client, String token, String receiptNumber, String kind);
}
