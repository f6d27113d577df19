package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.ProjectRegister.ImportResult;
import cn.ggzy.server.application.ProjectRegister.Page;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.PagedListPage;
import cn.ggzy.webui.projects.RegisterFiles.Kind;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 应进必进、应招必招: the department's register of approved projects (the office: every department's of
 * its region), paged in the database, each with its alerts open of all; and the import of the approvals
 * and of the recorded tenders from CSV (a file or pasted text), answered with what was taken and a
 * table of the lines that were not.
 */
@Route(value = ProjectNavigation.LIST, layout = MainLayout.class)
@StyleSheet("context://styles/projects.css")
@Dependent
public class ProjectRegisterView extends PagedListPage {
  private final ProjectRegister register;
  private final RegisterImportForm form = new RegisterImportForm(texts);
  private final Div report = new Div();
  private final ProjectList list;

  @Inject
  public ProjectRegisterView(ProjectRegister register, TenantDirectory directory) {
    super(Permission.REVIEW_DOCUMENTS, "projects.title", "projects.import.title", "register-import", directory);
    this.register = register;
    addClassName("project-view");
    form.onImport(this::importCsv);
    adding.add(form);
    report.setId("register-import-report");
    report.setWidthFull();
    list = new ProjectList(texts, getLocale(), s -> departmentName(s.department(), s.departmentName()));
    list.onPage(this::showPage);
    addContent(intro("projects.intro"), adding, report, partHeading("projects.list.title", null), list);
  }

  @Override
  protected long loadPage(Caller caller, int offset, int limit) {
    return list.show(DomainErrors.orElse(() -> register.list(caller, offset, limit),
        e -> new Page(List.of(), 0, offset, limit)));
  }

  private void importCsv(Kind kind, String csv) {
    report.removeAll();
    DomainErrors.attempt(() -> kind == Kind.APPROVALS ? register.importApprovals(caller(), csv)
        : register.importTenders(caller(), csv), getLocale(), form).ifPresentOrElse(r -> imported(kind, r), form::failed);
  }

  private void imported(Kind kind, ImportResult r) {
    form.imported(r.rejected().isEmpty());
    report.add(RegisterImportReport.build(kind, r, texts, getLocale()));
    DomainErrors.confirm(RegisterImportReport.counts(kind, r, texts));
    showFirstPage();
    report.scrollIntoView();
  }
}
