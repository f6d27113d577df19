package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.credit.console.ReasonForm;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One project of the register: its approval, the threshold rule applied, its contracts and recorded
 * tenders, and each alert as a card with its evidence and basis. While an alert is open the officer
 * opens a case from it (the case's number then links to the case) or dismisses it with a reason.
 */
@Route(value = ProjectNavigation.LIST + "/:projectId", layout = MainLayout.class)
@StyleSheet("context://styles/projects.css")
@Dependent
public class ProjectDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ProjectRegister register;
  private final CaseRegister cases;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final Div sheet = new Div();
  private final Div alerts = new Div();
  private final Map<String, Optional<String>> caseIds = new HashMap<>();
  private Caller caller;
  private String id = "";
  private String title = "";

  @Inject
  public ProjectDetailView(ProjectRegister register, CaseRegister cases, TenantDirectory directory) {
    this.register = register;
    this.cases = cases;
    this.directory = directory;
    setHeading(getTranslation("projects.detail.title"));
    addClassName("project-view");
    Anchor back = new Anchor(ProjectNavigation.LIST, getTranslation("projects.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("project-back");
    back.addClassName("service-back");
    sheet.setWidthFull();
    H3 heading = new H3(getTranslation("projects.alerts.title"));
    heading.addClassName("sheet-heading");
    heading.setId("project-alerts-heading");
    alerts.setId("project-alerts");
    alerts.addClassName("project-card-list");
    alerts.setWidthFull();
    addContent(back, sheet, heading, alerts);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = ProjectNavigation.officer(event);
    if (officer.isEmpty()) {
      return;
    }
    caller = officer.get();
    id = event.getRouteParameters().get("projectId").orElse("");
    DomainErrors.run(() -> show(register.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(ProjectRegisterView.class);
    });
  }

  private void show(Detail d) {
    title = d.projectName();
    sheet.removeAll();
    sheet.add(new ProjectSheet(texts, getLocale(), this::departmentName).build(d));
    alerts.removeAll();
    for (int i = 0; i < d.alerts().size(); i++) {
      alerts.add(new ProjectAlertCard(i + 1, d.alerts().get(i), texts, getLocale(), this::caseId, this::openCase,
          this::dismiss));
    }
    if (d.alerts().isEmpty()) {
      Span none = new Span(getTranslation("projects.alerts.none"));
      none.setId("project-alerts-none");
      none.addClassName("project-empty");
      alerts.add(none);
    }
  }

  private Optional<String> caseId(String number) {
    return caseIds.computeIfAbsent(number, n -> AlertCaseLinks.caseId(cases, caller, inOffice(), n));
  }

  private boolean inOffice() {
    return directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
  }

  private void openCase(AlertView a) {
    DomainErrors.attempt(() -> register.openCase(caller, id, a.key()), getLocale(), FieldErrors.NONE)
        .ifPresentOrElse(d -> {
          String number = d.alerts().stream().filter(x -> x.key().equals(a.key())).findFirst()
              .map(AlertView::caseNumber).orElse("");
          DomainErrors.confirm(getTranslation("projects.alert.caseOpened", number));
          show(d);
        }, () -> DomainErrors.run(() -> show(register.find(caller, id)), getLocale(), FieldErrors.NONE));
  }

  /** 排除预警 in a dialog with the evidence and the reason; a missing reason is shown at the reason. */
  private void dismiss(AlertView a) {
    ReasonForm form = new ReasonForm(texts, "alert-dismiss", "projects.dismiss.reason", "projects.dismiss.button");
    Paragraph evidence = new Paragraph(ProjectLabels.pick(getLocale(), a.evidence(), a.evidenceEn()));
    evidence.addClassName("project-dialog-evidence");
    Dialog dialog = new Dialog(evidence, form);
    dialog.setId("alert-dismiss-dialog");
    dialog.setHeaderTitle(getTranslation("projects.dismiss.title"));
    dialog.setWidth("min(100vw, 32em)");
    Button cancel = new Button(getTranslation("projects.cancel"), e -> dialog.close());
    cancel.setId("alert-dismiss-cancel");
    dialog.getFooter().add(cancel);
    form.addConfirmListener(e -> DomainErrors.attempt(() -> register.dismiss(caller, id, a.key(), e.text()),
        getLocale(), (field, message) -> "reason".equals(field) && form.showFieldError(field, message))
        .ifPresent(d -> {
          dialog.close();
          DomainErrors.confirm(getTranslation("projects.alert.dismissed"));
          show(d);
        }));
    dialog.open();
  }

  private String departmentName(String tenant) {
    try {
      return directory.department(TenantId.of(tenant)).map(dep -> dep.name(getLocale())).orElse(tenant);
    } catch (IllegalArgumentException e) {
      return tenant;
    }
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? getTranslation("projects.detail.title") : title) + " · " + getTranslation("app.title");
  }
}
