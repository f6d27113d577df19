package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Blacklisting;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * 黑名单记录: every entry of the department (the office: optionally the region's), with its status
 * today — scheduled, published, expired at the end of its last day, or removed by repair. Entries
 * gone from the public pages stay here.
 */
@Route(value = "console/credit/blacklist", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class BlacklistHistoryView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final Blacklisting blacklisting;
  private final Texts texts = this::getTranslation;
  private final Checkbox regionWide = new Checkbox();
  private final Grid<EntryView> grid = new Grid<>();

  @Inject
  public BlacklistHistoryView(Blacklisting blacklisting) {
    this.blacklisting = blacklisting;
    setHeading(getTranslation("credit.console.blacklist.title"));
    CreditLabels labels = new CreditLabels(texts);
    grid.setId("credit-blacklist-grid");
    grid.addClassName("credit-grid");
    grid.addColumn(EntryView::subjectName).setHeader(getTranslation("credit.console.subjectName")).setFlexGrow(2);
    grid.addColumn(EntryView::identifier).setHeader(getTranslation("credit.identifier.code")).setAutoWidth(true);
    grid.addColumn(e -> labels.listClass(e.listClass())).setHeader(getTranslation("credit.filter.class"));
    grid.addColumn(e -> labels.period(e.start(), e.end())).setHeader(getTranslation("credit.field.period"))
        .setAutoWidth(true);
    grid.addColumn(e -> getTranslation("credit.entryStatus." + e.status().name()))
        .setHeader(getTranslation("credit.console.status"));
    grid.addColumn(e -> e.removedOn() == null ? "" : String.valueOf(e.removedOn()))
        .setHeader(getTranslation("credit.console.removedOn"));
    grid.addColumn(EntryView::departmentName).setHeader(getTranslation("credit.field.department"));
    regionWide.setId("credit-blacklist-region");
    regionWide.setLabel(getTranslation("credit.console.regionWide"));
    regionWide.addValueChangeListener(e -> refresh());
    addContent(new Paragraph(getTranslation("credit.console.blacklist.intro")), regionWide, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CreditConsole.admit(event, c -> c.may(Permission.OFFICER_WORK))) {
      Caller caller = CurrentOfficer.require();
      regionWide.setVisible(caller.may(Permission.OFFICE_WORK));
      refresh();
    }
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    boolean all = regionWide.getValue();
    grid.setItems(q -> blacklisting.history(caller, all, q.getOffset(), q.getLimit()).items().stream(),
        q -> (int) blacklisting.history(caller, all, 0, 1).total());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.console.blacklist.title") + " · " + getTranslation("app.title");
  }
}
