package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.ProjectRegister.ImportResult;
import cn.ggzy.server.application.ProjectRegister.Page;
import cn.ggzy.server.application.ProjectRegister.Summary;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.projects.RegisterFiles.Kind;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * 应进必进、应招必招: the department's register of approved projects (the office: every department's of
 * its region), paged in the database, each with its alerts open of all; and the import of the approvals
 * and of the recorded tenders from CSV (a file or pasted text), answered with what was taken and a
 * table of the lines that were not.
 */
@Route(value = ProjectNavigation.LIST, layout = MainLayout.class)
@StyleSheet("context://styles/projects.css")
@Dependent
public class ProjectRegisterView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int PAGE_SIZE = 20;
  private final ProjectRegister register;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final RegisterImportForm form = new RegisterImportForm(texts);
  private final Details importing = new Details();
  private final Div report = new Div();
  private final ProjectList list;
  private Caller caller;
  private int offset;

  @Inject
  public ProjectRegisterView(ProjectRegister register, TenantDirectory directory) {
    this.register = register;
    this.directory = directory;
    setHeading(getTranslation("projects.title"));
    addClassName("project-view");
    Paragraph intro = new Paragraph(getTranslation("projects.intro"));
    intro.addClassName("filing-explanation");
    form.onImport(this::importCsv);
    importing.setSummaryText(getTranslation("projects.import.title"));
    importing.add(form);
    importing.setId("register-import");
    importing.setWidthFull();
    report.setId("register-import-report");
    report.setWidthFull();
    H3 heading = new H3(getTranslation("projects.list.title"));
    heading.addClassName("sheet-heading");
    list = new ProjectList(texts, getLocale(), this::departmentName);
    list.onPage(from -> {
      offset = from;
      refresh();
    });
    addContent(intro, importing, report, heading, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = ProjectNavigation.officer(event);
    if (officer.isEmpty()) {
      return;
    }
    caller = officer.get();
    offset = 0;
    refresh();
  }

  private void refresh() {
    Page page = DomainErrors.orElse(() -> register.list(caller, offset, PAGE_SIZE),
        e -> new Page(List.of(), 0, offset, PAGE_SIZE));
    list.show(page);
    if (page.total() == 0) {
      importing.setOpened(true);
    }
  }

  private void importCsv(Kind kind, String csv) {
    report.removeAll();
    DomainErrors.attempt(() -> kind == Kind.APPROVALS ? register.importApprovals(caller, csv)
        : register.importTenders(caller, csv), getLocale(), form).ifPresentOrElse(r -> imported(kind, r), form::failed);
  }

  private void imported(Kind kind, ImportResult r) {
    form.imported(r.rejected().isEmpty());
    report.add(RegisterImportReport.build(kind, r, texts, getLocale()));
    DomainErrors.confirm(RegisterImportReport.counts(kind, r, texts));
    offset = 0;
    refresh();
    report.scrollIntoView();
  }

  /** The department's name in the page's language (the summary carries the Chinese one). */
  private String departmentName(Summary s) {
    try {
      return directory.department(TenantId.of(s.department())).map(d -> d.name(getLocale()))
          .orElse(s.departmentName());
    } catch (IllegalArgumentException e) {
      return s.departmentName();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("projects.title") + " · " + getTranslation("app.title");
  }
}
