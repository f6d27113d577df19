package cn.ggzy.server.infrastructure.messaging;

import cn.ggzy.server.domain.model.expert.ExpertMessenger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
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
  private static final int KEPT = 200;

  /** One message as it would have been sent. */
  public record Sent(String phone, String expertName, String sectionName, Instant evaluationStart, Instant replyBy,
      String replyLink) {}

  private final Deque<Sent> sent = new ArrayDeque<>();

  @Override
  public void invite(String phone, String expertName, String sectionName, Instant evaluationStart, Instant replyBy,
      String replyLink) {
    synchronized (sent) {
      sent.addLast(new Sent(phone, expertName, sectionName, evaluationStart, replyBy, replyLink));
      while (sent.size() > KEPT) {
        sent.removeFirst();
      }
    }
    LOG.fine("expert invitation sent (console stub)");
  }

  @Override
  public void access(String phone, String expertName, Instant until, String link) {
    synchronized (sent) {
      sent.addLast(new Sent(phone, expertName, null, null, until, link));
      while (sent.size() > KEPT) {
        sent.removeFirst();
      }
    }
    LOG.fine("expert access link sent (console stub)");
  }

  /** The messages kept, oldest first. */
  public List<Sent> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }
}
