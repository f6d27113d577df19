package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertSigns;
import cn.ggzy.server.domain.model.expert.ExpertSign;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * 评标异常信号: signs in the imported evaluation scores that an expert may not have judged
 * independently — the department's own tenders, the region's for the office (opened through an
 * audited scope) — grouped by kind, each with the scores behind it. Offered to those who review
 * the rigging warnings ({@code ExpertSigns.mayReview}).
 */
@Route(value = ExpertNavigation.SIGNS, layout = MainLayout.class)
@Dependent
public class ExpertSignsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertSigns signs;
  private final Texts texts = this::getTranslation;
  private final Div body = new Div();

  @Inject
  public ExpertSignsView(ExpertSigns signs) {
    this.signs = signs;
    setHeading(getTranslation("experts.signs.title"));
    addClassName("expert-signs-view");
    Paragraph intro = new Paragraph(getTranslation("experts.signs.intro"));
    intro.setId("expert-signs-intro");
    intro.addClassName("filing-explanation");
    body.setWidthFull();
    addContent(intro, body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> reviewer = CurrentOfficer.get().filter(signs::mayReview);
    if (reviewer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    Caller caller = reviewer.get();
    body.removeAll();
    Optional<List<ExpertSign>> found = DomainErrors.attempt(() -> signs.signs(caller), getLocale(),
        FieldErrors.NONE);
    found.ifPresent(list -> body.add(ExpertSignList.of(list, texts)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.signs.title") + " · " + getTranslation("app.title");
  }
}
