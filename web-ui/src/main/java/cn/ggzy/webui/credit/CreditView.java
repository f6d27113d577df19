package cn.ggzy.webui.credit;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCredit.ListRequest;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * 红黑名单 (public, phone first): the black list, the red list and the search for subjects of a
 * region, as published today; search by part of the name or the start of the credit code, filters,
 * pages of ten. Each result opens the subject's printable page.
 */
@Route(value = "credit", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class CreditView extends ViewFrame implements HasDynamicTitle {
  static final int PAGE = 10;
  private final PublicCredit credit;
  private final CreditLabels labels = new CreditLabels(this::getTranslation);
  private final CreditCards cards = new CreditCards(labels);
  private final Select<Region> region = new Select<>();
  private final Tab blackTab = tab("credit-tab-blacklist", "credit.tab.blacklist");
  private final Tab redTab = tab("credit-tab-redlist", "credit.tab.redlist");
  private final Tab subjectTab = tab("credit-tab-subjects", "credit.tab.subjects");
  private final Tabs tabs = new Tabs(blackTab, redTab, subjectTab);
  private final TextField query = new TextField();
  private final Select<SubjectKind> kind = new Select<>();
  private final Select<ListClass> listClass = new Select<>();
  private final Div results = new Div();
  private final Span count = new Span();
  private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
  private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
  private int offset;

  @Inject
  public CreditView(PublicCredit credit, TenantDirectory directory) {
    this.credit = credit;
    addClassName("credit-view");
    setHeading(getTranslation("entrance.credit.title"));
    Paragraph intro = new Paragraph(getTranslation("credit.intro"));
    intro.addClassName("credit-intro");
    List<Region> regions = directory.regions();
    region.setId("credit-region");
    region.setLabel(getTranslation("credit.region"));
    region.setItems(regions);
    region.setItemLabelGenerator(r -> r.name(getLocale()));
    regions.stream().findFirst().ifPresent(region::setValue);
    region.setVisible(regions.size() > 1);
    region.setWidthFull();  // 12em by default: wider than a phone at 200 % text
    region.addValueChangeListener(e -> search());
    tabs.setId("credit-tabs");
    tabs.addClassName("credit-tabs");
    tabs.addSelectedChangeListener(e -> search());
    addContent(intro, region, tabs, searchBar(), filters(), count, results, pager());
    search();
  }

  private Tab tab(String id, String key) {
    Tab tab = new Tab(getTranslation(key));
    tab.setId(id);
    return tab;
  }

  private Component searchBar() {
    query.setId("credit-query");
    query.setPlaceholder(getTranslation("credit.query.placeholder"));
    query.setAriaLabel(getTranslation("credit.query.placeholder"));
    query.setClearButtonVisible(true);
    query.setPrefixComponent(VaadinIcon.SEARCH.create());
    query.addKeyPressListener(Key.ENTER, e -> search());
    query.addClassName("credit-query");
    Button go = new Button(getTranslation("credit.query.search"), e -> search());
    go.setId("credit-search-button");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div bar = new Div(query, go);
    bar.addClassName("credit-search-bar");
    return bar;
  }

  private Component filters() {
    kind.setId("credit-kind");
    kind.setLabel(getTranslation("credit.filter.kind"));
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(getTranslation("credit.filter.all"));
    kind.setItems(SubjectKind.values());
    kind.setItemLabelGenerator(labels::kind);
    kind.addValueChangeListener(e -> search());
    listClass.setId("credit-class");
    listClass.setLabel(getTranslation("credit.filter.class"));
    listClass.setEmptySelectionAllowed(true);
    listClass.setEmptySelectionCaption(getTranslation("credit.filter.all"));
    listClass.setItems(ListClass.values());
    listClass.setItemLabelGenerator(labels::listClass);
    listClass.addValueChangeListener(e -> search());
    Div filters = new Div(kind, listClass);
    filters.addClassName("credit-filters");
    return filters;
  }

  private Component pager() {
    previous.setId("credit-previous");
    previous.setAriaLabel(getTranslation("credit.page.previous"));
    previous.addClickListener(e -> turn(-PAGE));
    next.setId("credit-next");
    next.setAriaLabel(getTranslation("credit.page.next"));
    next.addClickListener(e -> turn(PAGE));
    Div pager = new Div(previous, next);
    pager.addClassName("credit-pager");
    count.setId("credit-result-count");
    count.addClassName("credit-count");
    results.setId("credit-results");
    results.addClassName("credit-results");
    return pager;
  }

  private void search() {
    offset = 0;
    show();
  }

  private void turn(int by) {
    offset = Math.max(0, offset + by);
    show();
  }

  private void show() {
    listClass.setVisible(tabs.getSelectedTab() == blackTab);
    if (region.getValue() == null) {
      return;
    }
    String code = region.getValue().code().value();
    ListRequest request = new ListRequest(code, query.getValue(), kind.getValue(),
        tabs.getSelectedTab() == blackTab ? listClass.getValue() : null, null, offset, PAGE);
    DomainErrors.run(() -> {
      if (tabs.getSelectedTab() == blackTab) {
        render(credit.blacklist(request), e -> cards.blackLine(code, e));
      } else if (tabs.getSelectedTab() == redTab) {
        render(credit.redlist(request), e -> cards.redLine(code, e));
      } else {
        render(credit.subjects(request), s -> cards.subject(code, s));
      }
    }, getLocale(), FieldErrors.NONE);
  }

  private <T> void render(Page<T> page, Function<T, Component> card) {
    results.removeAll();
    // what the list shows now, for assistive technology and browser tests: tab and search text
    results.getElement().setAttribute("data-tab", tabs.getSelectedTab().getId().orElse(""));
    results.getElement().setAttribute("data-query", query.getValue() == null ? "" : query.getValue().strip());
    page.items().forEach(item -> results.add(card.apply(item)));
    if (page.items().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("credit.none"));
      none.setId("credit-none");
      results.add(none);
    }
    count.setText(page.total() == 0 ? "" : getTranslation("credit.count", page.total(), page.offset() + 1,
        page.offset() + page.items().size()));
    previous.setEnabled(page.offset() > 0);
    next.setEnabled(page.offset() + page.items().size() < page.total());
    // no paging to offer on an empty list or one that fits a page
    previous.getParent().ifPresent(pager -> pager.setVisible(page.offset() > 0 || page.total() > page.items().size()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("entrance.credit.title") + " · " + getTranslation("app.title");
  }
}
