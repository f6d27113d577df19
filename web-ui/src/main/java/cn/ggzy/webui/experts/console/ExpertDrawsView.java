package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 专家抽取: the department's draws (the office: every department's), newest first, and a new
 * request. A request is screened and committed at once (its commitment published); the draw itself
 * is made on the draw's page with the witness's value.
 */
@Route(value = ExpertNavigation.DRAWS, layout = MainLayout.class)
@Dependent
public class ExpertDrawsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int SHOWN = 100;
  private final ExpertDraws draws;
  private final ExpertPool pool;
  private final TenantDirectory directory;
  private final Clock clock;
  private final Texts texts = this::getTranslation;
  private final Div list = new Div();
  private Caller caller;
  private boolean built;

  @Inject
  public ExpertDrawsView(ExpertDraws draws, ExpertPool pool, TenantDirectory directory, Clock clock) {
    this.draws = draws;
    this.pool = pool;
    this.directory = directory;
    this.clock = clock;
    setHeading(getTranslation("experts.draws.title"));
    addClassName("expert-draws-view");
    list.setId("expert-draws-list");
    list.addClassName("expert-list");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = CurrentOfficer.get().filter(draws::mayDraw);
    if (officer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    caller = officer.get();
    if (!built) {
      built = true;
      build();
    }
    refresh();
  }

  private void build() {
    SpecialtyNames names = new SpecialtyNames(pool.specialties(), getLocale());
    DrawRequestForm form = new DrawRequestForm(texts, names,
        LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE)).withSecond(0).withNano(0));
    form.onRequest(request -> request(request, form, names));
    Details create = new Details(getTranslation("experts.request.title"), form);
    create.setId("draw-request-new");
    create.setWidthFull();
    Paragraph intro = new Paragraph(getTranslation("experts.draws.intro"));
    intro.addClassName("filing-explanation");
    addContent(intro, create, list);
  }

  private void request(DrawRequest request, DrawRequestForm form, SpecialtyNames names) {
    DomainErrors.orElse(() -> Optional.of(draws.request(caller, request)), e -> {
      List<String> rest = DrawRefusals.showAtFields(e, getLocale(), texts, form, names);
      form.failed(rest.isEmpty() ? getTranslation("filing.fixFields") : String.join(" ", rest));
      return Optional.<ExpertDrawView>empty();
    }).ifPresent(created -> {
      DomainErrors.confirm(getTranslation("experts.request.done"));
      UI.getCurrent().navigate(ExpertNavigation.DRAWS + "/" + created.id());
    });
  }

  private void refresh() {
    list.removeAll();
    List<ExpertDrawView> found = DomainErrors.orElse(() -> draws.list(caller, 0, SHOWN), e -> List.of());
    for (ExpertDrawView d : found) {
      list.add(card(d));
    }
    if (found.isEmpty()) {
      Span none = new Span(getTranslation("experts.draws.none"));
      none.setId("expert-draws-none");
      list.add(none);
    }
  }

  private Div card(ExpertDrawView d) {
    Anchor link = new Anchor(ExpertNavigation.DRAWS + "/" + d.id(), d.sectionCode() + " " + d.sectionName());
    link.getElement().setAttribute("router-link", true);
    link.addClassName("case-number");
    Div top = new Div(link, ExpertDrawSheet.badge(d.state(), texts, null));
    top.addClassName("case-card-top");
    Div card = Facts.card(top, new Facts()
        .line("expert-draw-card-start-" + d.id(), getTranslation("experts.field.evaluationStart"),
            CaseFormats.dateTime(d.evaluationStart(), getLocale()))
        .line("expert-draw-card-department-" + d.id(), getTranslation("experts.field.department"),
            departmentName(d.department()))
        .line("expert-draw-card-counts-" + d.id(), getTranslation("experts.draw.counts"),
            getTranslation("experts.draws.countsLine", d.invited(), d.accepted(), d.declined(), d.noAnswer())));
    card.getElement().setAttribute("data-draw", d.id());
    return card;
  }

  private String departmentName(String tenant) {
    return DepartmentNames.name(directory, tenant, getLocale());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.draws.title") + " · " + getTranslation("app.title");
  }
}
