package cn.ggzy.server.infrastructure.messaging;

import cn.ggzy.server.domain.model.expert.ExpertMessenger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The stand-in for an SMS gateway until a region contracts one: keeps the last messages in this
 * node's memory (for the tests and a demonstration) and logs only that a message was sent, never
 * the phone number, the name or the link.
 */
@ApplicationScoped
public class ConsoleExpertMessenger implements ExpertMessenger {
  private static final Logger LOG = Logger.getLogger(ConsoleExpertMessenger.class.getName());

  /** One message as it would have been sent. */
  public record Sent(String phone, String expertName, String sectionName, Instant evaluationStart, Instant replyBy,
      String replyLink) {}

  private final KeptMessages<Sent> sent = new KeptMessages<>();

  @Override
  public void invite(String phone, String expertName, String sectionName, Instant evaluationStart, Instant replyBy,
      String replyLink) {
    sent.add(new Sent(phone, expertName, sectionName, evaluationStart, replyBy, replyLink));
    LOG.fine("expert invitation sent (console stub)");
  }

  @Override
  public void access(String phone, String expertName, Instant until, String link) {
    sent.add(new Sent(phone, expertName, null, null, until, link));
    LOG.fine("expert access link sent (console stub)");
  }

  /** The messages kept, oldest first. */
  public List<Sent> sent() {
    return sent.all();
  }
}
