package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.ExpertSelf;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The link an expert of the pool receives by text message ({@code experts/me/<token>}, valid 24
 * hours): the expert's own record ({@link ExpertSelfSheet}). A link that is unknown or no longer
 * valid gets the site's not-found page, the same as any address the site does not have.
 */
@Route(value = ExpertAccessView.ROUTE + "/:token", layout = MainLayout.class)
@Dependent
public class ExpertSelfView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertPool pool;
  private final Div body = new Div();

  @Inject
  public ExpertSelfView(ExpertPool pool) {
    this.pool = pool;
    setId("expert-me-page");
    addClassName("expert-me-page");
    setHeading(getTranslation("experts.me.title"));
    body.setWidthFull();
    addContent(body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token = event.getRouteParameters().get("token").orElse("");
    Optional<ExpertSelf> found = DomainErrors.orElse(() -> Optional.of(pool.self(token)), e -> Optional.empty());
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    body.removeAll();
    body.add(new ExpertSelfSheet(this::getTranslation, getLocale(), new SpecialtyNames(pool.specialties(),
        getLocale())).build(found.get()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.me.title") + " · " + getTranslation("app.title");
  }
}
