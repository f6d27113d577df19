package cn.ggzy.webui.network;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.CoBiddingViews.GroupQuery;
import cn.ggzy.server.application.CoBiddingViews.GroupSummary;
import cn.ggzy.server.application.CoBiddingViews.MemberName;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import cn.ggzy.webui.warnings.WarningAccess;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * 串标团伙: the co-bidding groups of the department (the office: of the region), most tenders
 * together first; filters by bidder, minimum tenders, rotation and cover bidders; a row opens the group.
 */
@Route(value = "console/groups", layout = MainLayout.class)
@Dependent
public class GroupsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CoBiddingViews views;
  private final TenantDirectory directory;
  private final Select<Department> department = new Select<>();
  private final TextField bidder = new TextField();
  private final IntegerField minimumTenders = new IntegerField();
  private final Checkbox rotating = new Checkbox();
  private final Checkbox cover = new Checkbox();
  private final Grid<GroupSummary> grid = new Grid<>();
  private final Span total = new Span();

  @Inject
  public GroupsView(CoBiddingViews views, TenantDirectory directory) {
    this.views = views;
    this.directory = directory;
    setHeading(getTranslation("network.groups.title"));
    bidder.setId("groups-bidder");
    bidder.setLabel(getTranslation("network.field.bidder"));
    bidder.setClearButtonVisible(true);
    bidder.setValueChangeMode(ValueChangeMode.LAZY);
    minimumTenders.setId("groups-min-tenders");
    minimumTenders.setLabel(getTranslation("network.field.minimumTenders"));
    minimumTenders.setMin(0);
    minimumTenders.setStepButtonsVisible(true);
    rotating.setId("groups-rotating");
    rotating.setLabel(getTranslation("network.field.rotatingOnly"));
    cover.setId("groups-cover");
    cover.setLabel(getTranslation("network.field.withCover"));
    department.setId("groups-department");
    department.setLabel(getTranslation("network.field.department"));
    department.setEmptySelectionAllowed(true);
    department.setEmptySelectionCaption(getTranslation("network.field.anyDepartment"));
    department.setItemLabelGenerator(d -> d == null ? getTranslation("network.field.anyDepartment")
        : d.name(getLocale()));
    department.setVisible(false);
    FormLayout filters = new FormLayout(department, bidder, minimumTenders, rotating, cover);
    filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    bidder.addValueChangeListener(e -> refresh());
    minimumTenders.addValueChangeListener(e -> refresh());
    rotating.addValueChangeListener(e -> refresh());
    cover.addValueChangeListener(e -> refresh());
    department.addValueChangeListener(e -> refresh());
    total.setId("groups-total");
    grid.setId("groups-grid");
    grid.addComponentColumn(this::card).setHeader(getTranslation("network.groups.column")).setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("console/groups/" + e.getItem().id())));
    addContent(new Paragraph(getTranslation("network.groups.intro")), filters, total, grid);
  }

  /** Members on the first line; tenders together, rotation, cover bidders and warnings on the second. */
  private Div card(GroupSummary g) {
    Div members = new Div(new Span(g.members().stream().map(MemberName::name).collect(Collectors.joining("、"))));
    members.addClassName("group-members");
    Div facts = new Div(new Span(facts(g, this::getTranslation)));
    facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    return new Div(members, facts);
  }

  static String facts(GroupSummary g, BiFunction<String, Object[], String> t) {
    StringBuilder s = new StringBuilder(t.apply("network.fact.tenders", new Object[] {g.tendersTogether()}));
    s.append(" · ").append(t.apply("network.fact.rotation", new Object[] {percent(g.rotation())}));
    if (g.rotating()) {
      s.append(" · ").append(t.apply("network.rotating", new Object[0]));
    }
    if (!g.coverBidders().isEmpty()) {
      s.append(" · ").append(t.apply("network.fact.cover", new Object[] {g.coverBidders().size()}));
    }
    if (g.openWarnings() > 0) {
      s.append(" · ").append(t.apply("network.fact.warnings", new Object[] {g.openWarnings()}));
    }
    return s.toString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (WarningAccess.reviewer(event).isEmpty()) {
      return;
    }
    Caller caller = CurrentOfficer.require();
    // the office reads every department of its region: it may narrow the list to one
    boolean office = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    if (office) {
      department.setItems(directory.region(caller.tenant().region()).map(r -> r.departments().stream()
          .filter(d -> !d.isOffice()).toList()).orElse(List.of()));
      department.setVisible(true);
    }
    List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("bidder", List.of());
    if (!given.isEmpty()) {
      bidder.setValue(given.get(0));
    }
    refresh();
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    Integer min = minimumTenders.isInvalid() ? null : minimumTenders.getValue();
    String inDepartment = department.getValue() == null ? null : department.getValue().id().value();
    GroupQuery probe = new GroupQuery(bidder.getValue(), min, rotating.getValue(), cover.getValue(), inDepartment,
        0, 1);
    DomainErrors.run(() -> {
      long count = views.groups(caller, probe).total();
      total.setText(getTranslation("network.groups.total", count));
      grid.setItems(q -> views.groups(caller, new GroupQuery(probe.bidder(), probe.minimumTenders(),
          probe.rotatingOnly(), probe.withCoverBidders(), probe.department(), q.getOffset(), q.getLimit()))
          .items().stream(),
          q -> (int) count);
    }, getLocale(), (field, message) -> "minimumTenders".equals(field) ? FieldErrors.mark(minimumTenders, message) : false);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("network.groups.title") + " · " + getTranslation("app.title");
  }
}
