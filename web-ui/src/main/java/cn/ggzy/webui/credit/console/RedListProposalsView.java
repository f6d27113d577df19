package cn.ggzy.webui.credit.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditScores;
import cn.ggzy.server.application.CreditViews.RedListView;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RedListing;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.webui.credit.CreditLabels;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * 红名单建议: proposals made from the region's criteria, each with the subject's explained score;
 * an office officer confirms (published from today) or rejects with a reason.
 */
@Route(value = "console/credit/redlist", layout = MainLayout.class)
@StyleSheet("context://styles/credit.css")
@Dependent
public class RedListProposalsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final RedListing redListing;
  private final CreditScores scores;
  private final Texts texts = this::getTranslation;
  private final Select<RedListStatus> status = new Select<>();
  private final Grid<RedListView> grid = new Grid<>();
  private final Div detail = new Div();

  @Inject
  public RedListProposalsView(RedListing redListing, CreditScores scores) {
    this.redListing = redListing;
    this.scores = scores;
    setHeading(getTranslation("credit.console.redlist.title"));
    CreditLabels labels = new CreditLabels(texts);
    Button evaluate = new Button(getTranslation("credit.console.evaluate"), VaadinIcon.REFRESH.create(),
        e -> CreditConsole.attempt(() -> redListing.evaluate(CurrentOfficer.require()), getLocale(), FieldErrors.NONE)
            .ifPresent(n -> {
              DomainErrors.confirm(getTranslation("credit.console.evaluated", n));
              refresh();
            }));
    evaluate.setId("redlist-evaluate");
    status.setId("redlist-status");
    status.setLabel(getTranslation("credit.console.status"));
    status.setItems(RedListStatus.values());
    status.setItemLabelGenerator(s -> getTranslation("credit.redStatus." + s.name()));
    status.setValue(RedListStatus.PROPOSED);
    status.addValueChangeListener(e -> refresh());
    grid.setId("credit-redlist-grid");
    grid.addClassName("credit-grid");
    grid.addColumn(RedListView::subjectName).setHeader(getTranslation("credit.console.subjectName")).setFlexGrow(2);
    grid.addColumn(r -> labels.kind(r.subjectKind())).setHeader(getTranslation("credit.console.subjectKind"));
    grid.addColumn(r -> r.score().toPlainString()).setHeader(getTranslation("credit.score.total"));
    grid.addColumn(r -> r.start() == null ? "" : labels.period(r.start(), r.end()))
        .setHeader(getTranslation("credit.field.period"));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    addContent(new Paragraph(getTranslation("credit.console.redlist.intro")), evaluate, status, grid, detail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CreditConsole.admit(event, c -> c.may(Permission.OFFICE_WORK))) {
      refresh();
    }
  }

  private void refresh() {
    Caller caller = CurrentOfficer.require();
    RedListStatus s = status.getValue();
    grid.setItems(q -> redListing.entries(caller, s, q.getOffset(), q.getLimit()).items().stream(),
        q -> (int) redListing.entries(caller, s, 0, 1).total());
    detail.removeAll();
  }

  private void show(RedListView r) {
    detail.removeAll();
    if (r == null) {
      return;
    }
    ScoreExplanation explanation = new ScoreExplanation(texts);
    CreditConsole.attempt(() -> scores.forOfficer(CurrentOfficer.require(), r.subjectId()), getLocale(),
        FieldErrors.NONE).ifPresent(explanation::show);
    detail.add(new H3(r.subjectName()), new Paragraph(getTranslation("credit.red.basis", r.yearsWithoutNegative(),
        r.positiveRecords())), explanation);
    if (r.status() != RedListStatus.PROPOSED) {
      return;
    }
    Button confirm = new Button(getTranslation("credit.console.confirm"), e -> CreditConsole.attempt(
        () -> redListing.confirm(CurrentOfficer.require(), r.id(), r.version()), getLocale(), FieldErrors.NONE)
        .ifPresent(done -> done()));
    confirm.setId("redlist-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ReasonForm reject = new ReasonForm(texts, "redlist-reject", "credit.console.rejection", "credit.console.reject");
    reject.addConfirmListener(e -> CreditConsole.attempt(() -> redListing.reject(CurrentOfficer.require(), r.id(),
        r.version(), e.text()), getLocale(), reject).ifPresent(done -> done()));
    detail.add(confirm, reject);
  }

  private void done() {
    DomainErrors.confirm(getTranslation("credit.console.done"));
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("credit.console.redlist.title") + " · " + getTranslation("app.title");
  }
}
