package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.webui.credit.console.ReasonForm;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.ConsolePage;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * One project of the register: its approval, the threshold rule applied, its contracts and recorded
 * tenders, and each alert as a card with its evidence and basis. While an alert is open the officer
 * opens a case from it (the case's number then links to the case) or dismisses it with a reason.
 */
@Route(value = ProjectNavigation.LIST + "/:projectId", layout = MainLayout.class)
@StyleSheet("context://styles/projects.css")
@Dependent
public class ProjectDetailView extends ConsolePage {
  private final ProjectRegister register;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final Div sheet = new Div();
  private final Div alerts = new Div();
  private Caller caller;
  private String id = "";

  @Inject
  public ProjectDetailView(ProjectRegister register, TenantDirectory directory) {
    super(Permission.REVIEW_DOCUMENTS, "projects.detail.title");
    this.register = register;
    this.directory = directory;
    addClassName("project-view");
    sheet.setWidthFull();
    alerts.setId("project-alerts");
    alerts.addClassName("project-card-list");
    alerts.setWidthFull();
    addContent(pageLink(ProjectNavigation.LIST, "projects.back", "project-back"), sheet,
        partHeading("projects.alerts.title", "project-alerts-heading"), alerts);
  }

  @Override
  protected void enter(Caller officer, BeforeEnterEvent event) {
    caller = officer;
    id = event.getRouteParameters().get("projectId").orElse("");
    DomainErrors.run(() -> show(register.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(ProjectRegisterView.class);
    });
  }

  private void show(Detail d) {
    setPageTitle(d.projectName());
    sheet.removeAll();
    sheet.add(new ProjectSheet(texts, getLocale(), this::departmentName).build(d));
    alerts.removeAll();
    for (int i = 0; i < d.alerts().size(); i++) {
      alerts.add(new ProjectAlertCard(i + 1, d.alerts().get(i), texts, getLocale(), this::openCase, this::dismiss));
    }
    if (d.alerts().isEmpty()) {
      Span none = new Span(getTranslation("projects.alerts.none"));
      none.setId("project-alerts-none");
      none.addClassName("project-empty");
      alerts.add(none);
    }
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
    Paragraph evidence = new Paragraph(Labels.pick(getLocale(), a.evidence(), a.evidenceEn()));
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
    return DepartmentNames.name(directory, tenant, getLocale());
  }
}
