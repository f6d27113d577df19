package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.OfficerDirectory;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One case: its sheet (header with clocks, facts, decision, history, timeline), its documents, and
 * one button per action the officer may take now; each opens a dialog with that action's inputs.
 */
@Route(value = "console/cases/:caseId", layout = MainLayout.class)
@Dependent
public class CaseDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver,
    CaseDetailPresenter.Display {
  private final CaseRegister cases;
  private final TenantDirectory directory;
  private final OfficerDirectory officers;
  private final PublicIntake intake;
  private final Texts texts = this::getTranslation;
  private final Div sheet = new Div();
  private CaseDetailPresenter presenter;

  @Inject
  public CaseDetailView(CaseRegister cases, TenantDirectory directory, OfficerDirectory officers,
      PublicIntake intake) {
    this.cases = cases;
    this.intake = intake;
    this.directory = directory;
    this.officers = officers;
    setHeading(getTranslation("cases.detail.title"));
    addClassName("case-detail-view");
    Anchor back = new Anchor("console/cases", getTranslation("cases.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("case-back");
    sheet.addClassName("case-sheet");
    sheet.setWidthFull();
    addContent(back, sheet);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = CurrentOfficer.get().filter(c -> c.may(Permission.OFFICER_WORK));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    String id = event.getRouteParameters().get("caseId").orElse("");
    presenter = new CaseDetailPresenter(cases, caller.get(), id, this);
    presenter.load();
  }

  @Override
  public void show(Detail d) {
    SheetContext c = new SheetContext(getLocale(), texts, this::departmentName);
    sheet.removeAll();
    sheet.add(new CaseHeader(d, c), actions(d, c), new CaseFacts(d, c));
    if (d.originReference() != null) {
      CaseSubmission.of(intake, presenter.caller(), d.id(), c, handling(d)).ifPresent(sheet::add);
    }
    sheet.add(new CaseHistory(d, c),
        Sheet.section("case-documents-section", getTranslation("cases.section.documents"),
            new CaseDownloads(cases, presenter.caller(), d, c,
                (key, params) -> getTranslation(Language.CHINESE, key, params))));
  }

  /** The department handling the case, or an office leader: may reveal the filer and write to them. */
  private boolean handling(Detail d) {
    var caller = presenter.caller();
    return !d.readOnly() && (d.ownerTenant().equals(caller.tenant().value()) || caller.may(Permission.CONTACT_ANY_FILER));
  }

  private Div actions(Detail d, SheetContext c) {
    Div bar = new Div();
    bar.setId("case-actions");
    bar.addClassName("case-actions");
    d.actions().stream().sorted().forEach(action -> {
      Button button = new Button(c.words().action(action), e -> openDialog(action));
      button.setId("action-" + action.name());
      if (action == CaseAction.ACCEPT || action.name().startsWith("APPROVE_")) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      bar.add(button);
    });
    bar.setVisible(!d.actions().isEmpty());
    return bar;
  }

  private void openDialog(CaseAction action) {
    Detail d = presenter.detail();
    ActionForm form = new ActionForm(action, d.version(), choices(action, d), getLocale(), texts);
    if (ActionForm.warnsOfLateFiling(action, d.lateFiling())) {
      form.warn(texts.get("cases.accept.lateWarning"));
    }
    Dialog dialog = new Dialog(form);
    dialog.setId("action-dialog");
    dialog.setHeaderTitle(new CaseVocabulary(getLocale()).action(action) + " · " + d.number());
    form.addCancelListener(e -> dialog.close());
    form.addSubmitListener(e -> {
      if (presenter.act(e.command(), form)) {
        dialog.close();
      }
    });
    dialog.open();
  }

  /** Only what the action offers: the department's officers, or the region's other departments. */
  private ActionChoices choices(CaseAction action, Detail d) {
    return switch (action) {
      case ASSIGN -> new ActionChoices(officers.colleagues(presenter.caller()).stream()
          .filter(o -> o.enabled() && o.tenantId().equals(d.ownerTenant()))
          .filter(o -> o.roles().stream().anyMatch(Permission.OFFICER_WORK.roles()::contains))
          .toList(), List.of());
      case TRANSFER -> new ActionChoices(List.of(), otherDepartments(d).stream()
          .filter(dep -> dep.kind() != DepartmentKind.MEMBER_DEPARTMENT).toList());
      case OPEN_CONSULTATION -> new ActionChoices(List.of(), otherDepartments(d));
      default -> ActionChoices.NONE;
    };
  }

  private List<Department> otherDepartments(Detail d) {
    TenantId owner = TenantId.of(d.ownerTenant());
    return directory.region(owner.region()).map(r -> r.departments().stream()
        .filter(dep -> !dep.id().equals(owner)).toList()).orElse(List.of());
  }

  @Override
  public void notFound() {
    sheet.removeAll();
    Paragraph missing = new Paragraph(getTranslation("cases.notFound"));
    missing.setId("case-not-found");
    missing.addClassName("notice");
    sheet.add(missing);
  }

  @Override
  public void refused(DomainException refusal, FieldErrors form) {
    DomainErrors.show(refusal, getLocale(), form);
  }

  @Override
  public void acted(CaseAction action) {
    DomainErrors.confirm(getTranslation("cases.done", new CaseVocabulary(getLocale()).action(action)));
  }

  @Override
  public void changedMeanwhile() {
    DomainErrors.notify(getTranslation("cases.concurrentChange"));
  }

  private String departmentName(String tenant) {
    return DepartmentNames.name(directory, tenant, getLocale());
  }

  @Override
  public String getPageTitle() {
    Detail d = presenter == null ? null : presenter.detail();
    return (d == null ? getTranslation("cases.detail.title") : d.number()) + " · " + getTranslation("app.title");
  }
}
