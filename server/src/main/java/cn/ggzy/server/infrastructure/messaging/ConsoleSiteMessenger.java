package cn.ggzy.server.infrastructure.messaging;

import cn.ggzy.server.domain.model.site.SiteMessenger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The stand-in for an SMS gateway for site supervision: keeps the last messages in this node's memory (for
 * the tests and a demonstration) and logs only that a message was sent.
 */
@ApplicationScoped
public class ConsoleSiteMessenger implements SiteMessenger {
  private static final Logger LOG = Logger.getLogger(ConsoleSiteMessenger.class.getName());

  /** One message as it would have been sent: the phone, and the text's parts. */
  public record Sent(String phone, String kind, String personName, String sectionName, String link, LocalDate monday,
      int required, int onSiteDays) {}

  private final KeptMessages<Sent> sent = new KeptMessages<>();

  @Override
  public void checkInLink(String phone, String personName, String sectionName, String link) {
    sent.add(new Sent(phone, "LINK", personName, sectionName, link, null, 0, 0));
    LOG.fine("site check-in link sent (console stub)");
  }

  @Override
  public void absence(String phone, String sectionName, String personName, String roleName, LocalDate monday,
      int required, int onSiteDays) {
    sent.add(new Sent(phone, "ABSENCE", personName, sectionName, null, monday, required, onSiteDays));
    LOG.fine("site absence notice sent (console stub)");
  }

  /** The messages kept, oldest first. */
  public List<Sent> sent() {
    return sent.all();
  }
}
