package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.ExpertSummary;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 专家库: the region's experts by state (待审核 first, each tab with its count), newest application
 * first; an expert opens the sheet with the office's decisions. {@code ?state=ACTIVE} opens a tab.
 */
@Route(value = ExpertNavigation.POOL, layout = MainLayout.class)
@Dependent
public class ExpertPoolView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int COMPACT_BELOW_PX = 700;
  private final ExpertPool pool;
  private final Texts texts = this::getTranslation;
  private final Tabs tabs = new Tabs();
  private final Map<ExpertState, Tab> tabByState = new EnumMap<>(ExpertState.class);
  private final Map<ExpertState, Span> countByState = new EnumMap<>(ExpertState.class);
  private final ExpertGrid grid;
  private Caller caller;
  private ExpertState state = ExpertState.CANDIDATE;

  @Inject
  public ExpertPoolView(ExpertPool pool) {
    this.pool = pool;
    setHeading(getTranslation("experts.pool.title"));
    addClassName("expert-pool-view");
    tabs.setId("expert-states");
    tabs.setWidthFull();
    for (ExpertState s : ExpertState.values()) {
      Span count = new Span();
      count.addClassName("expert-count");
      count.setId("expert-count-" + s.name());
      Tab tab = new Tab(new Span(getTranslation("experts.state." + s.name())), count);
      tab.setId("expert-state-" + s.name());
      tabByState.put(s, tab);
      countByState.put(s, count);
      tabs.add(tab);
    }
    tabs.addSelectedChangeListener(e -> {
      if (caller != null && e.isFromClient()) {
        choose(stateOf(e.getSelectedTab()));
      }
    });
    grid = new ExpertGrid("experts-grid", texts, getLocale(), new SpecialtyNames(pool.specialties(), getLocale()));
    grid.setEmptyStateText(getTranslation("experts.pool.empty"));
    grid.addItemClickListener(e -> UI.getCurrent().navigate(ExpertNavigation.POOL + "/" + e.getItem().id()));
    Paragraph intro = new Paragraph(getTranslation("experts.pool.intro"));
    intro.addClassName("filing-explanation");
    addContent(intro, tabs, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = CurrentOfficer.get().filter(pool::mayManage);
    if (officer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    caller = officer.get();
    state = event.getLocation().getQueryParameters().getSingleParameter("state").flatMap(ExpertPoolView::parse)
        .orElse(ExpertState.CANDIDATE);
    tabs.setSelectedTab(tabByState.get(state));
    counts();
    list();
  }

  private void choose(ExpertState chosen) {
    state = chosen;
    list();
    counts();
    UI.getCurrent().getPage().getHistory().replaceState(null,
        new Location(ExpertNavigation.POOL, QueryParameters.of("state", chosen.name())));
  }

  private ExpertState stateOf(Tab tab) {
    return tabByState.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
        .orElse(ExpertState.CANDIDATE);
  }

  private void counts() {
    for (ExpertState s : ExpertState.values()) {
      long n = DomainErrors.orElse(() -> pool.count(caller, s), e -> 0L);
      countByState.get(s).setText(String.valueOf(n));
    }
  }

  private void list() {
    ExpertState s = state;
    Caller c = caller;
    grid.setItems(q -> DomainErrors.<List<ExpertSummary>>orElse(() -> pool.list(c, s, q.getOffset(), q.getLimit()),
        e -> List.of()).stream(), q -> (int) (long) DomainErrors.orElse(() -> pool.count(c, s), e -> 0L));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var page = event.getUI().getPage();
    page.retrieveExtendedClientDetails(d -> grid.setCompact(d.getWindowInnerWidth() < COMPACT_BELOW_PX));
    page.addBrowserWindowResizeListener(e -> grid.setCompact(e.getWidth() < COMPACT_BELOW_PX));
  }

  static Optional<ExpertState> parse(String name) {
    try {
      return Optional.of(ExpertState.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("experts.pool.title") + " · " + getTranslation("app.title");
  }
}
