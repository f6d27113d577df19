package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.Invitation;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.Messages;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The link of an invitation to evaluate (sent by message to the drawn expert): the invitation and
 * the answer. A link that is unknown or no longer valid gets the site's not-found page, the same
 * as any address the site does not have.
 */
@Route(value = "experts/reply/:token", layout = MainLayout.class)
@Dependent
public class ExpertReplyView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertDraws draws;
  private final InvitationReply reply;
  private String token = "";

  @Inject
  public ExpertReplyView(ExpertDraws draws, ExpertPool pool) {
    this.draws = draws;
    setId("expert-reply");
    setHeading(getTranslation("experts.reply.title"));
    reply = new InvitationReply(this::getTranslation, getLocale(), new SpecialtyNames(pool.specialties(), getLocale()));
    reply.onReply(this::send);
    addContent(reply);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getRouteParameters().get("token").orElse("");
    Optional<Invitation> found = DomainErrors.orElse(() -> Optional.of(draws.invitation(token)),
        e -> Optional.empty());
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    reply.show(found.get());
  }

  private void send(boolean accept, String reason) {
    DomainErrors.run(() -> {
      Invitation answered = draws.reply(token, accept, reason);
      reply.show(answered);
    }, e -> {
      String message = Messages.text(e.code(), getLocale());
      if (e.field() == null || !reply.showFieldError(e.field(), message)) {
        reply.failed(message);
      }
    });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.reply.title") + " · " + getTranslation("app.title");
  }
}
