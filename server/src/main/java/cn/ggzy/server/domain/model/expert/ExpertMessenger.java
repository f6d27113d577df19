package cn.ggzy.server.domain.model.expert;

import java.time.Instant;

/**
 * Reaches an expert outside the platform (experts have no console account): the invitation with
 * its reply link, by SMS or a voice call in production (adapters behind this port), a console
 * stub otherwise. An implementation never logs the phone number or the link.
 */
public interface ExpertMessenger {
  /** The invitation to an evaluation: section, time, place and the link to accept or decline. */
  void invite(String phone, String expertName, String sectionName, Instant evaluationStart,
      Instant replyBy, String replyLink);

  /** The link to the expert's own page (assignments, ratings, record), valid until {@code until}. */
  void access(String phone, String expertName, Instant until, String link);
}
