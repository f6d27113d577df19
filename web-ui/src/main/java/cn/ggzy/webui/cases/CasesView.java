package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The officer's inbox (我的案件 / 本部门 / 全部门), filtered and paged in the database, sorted by
 * due date; and the registration of a new case. {@code ?inbox=DEPARTMENT} opens another inbox.
 */
@Route(value = "console/cases", layout = MainLayout.class)
@Dependent
public class CasesView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int COMPACT_BELOW_PX = 700;
  private final CaseRegister cases;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private CaseGrid grid;
  private InboxFilter filter;

  @Inject
  public CasesView(CaseRegister cases, TenantDirectory directory) {
    this.cases = cases;
    this.directory = directory;
    setHeading(getTranslation("cases.title"));
    addClassName("cases-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = CurrentOfficer.get().filter(c -> c.may(Permission.OFFICER_WORK));
    if (caller.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    if (grid == null) {
      var query = event.getLocation().getQueryParameters();
      Inbox wanted = query.getSingleParameter("inbox").flatMap(CasesView::parseInbox).orElse(Inbox.MINE);
      build(caller.get(), wanted);
      // the console's and the oversight board's figures link here with the filter they counted
      // (status=…, overdue=true, department=<tenant> in the office's inbox)
      filter.preset(statuses(query.getSingleParameter("status").orElse("")),
          "true".equals(query.getSingleParameter("overdue").orElse("")),
          query.getSingleParameter("department").orElse(""));
    }
  }

  private void build(Caller caller, Inbox wanted) {
    boolean inOffice = directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
    List<Inbox> inboxes = CaseAccess.inboxes(caller, inOffice);
    List<Department> departments = inboxes.contains(Inbox.OFFICE)
        ? directory.region(caller.tenant().region()).map(r -> r.departments()).orElse(List.of()) : List.of();
    Button register = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
        e -> openRegistration(caller, inOffice));
    register.setId("case-new");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    filter = new InboxFilter(inboxes, inboxes.contains(wanted) ? wanted : Inbox.MINE, departments, getLocale(),
        texts, new CaseVocabulary(getLocale()));
    grid = new CaseGrid("cases-grid", getLocale(), texts, this::departmentName);
    grid.setEmptyStateText(getTranslation("cases.empty"));
    InboxDataProvider provider = new InboxDataProvider(this::inbox, filter.criteria());
    grid.setItems(provider);
    grid.addItemClickListener(e -> open(e.getItem().id()));
    filter.addChangeListener(e -> provider.setCriteria(e.criteria()));
    addContent(register, filter, grid);
  }

  /** One page of the inbox; a refusal is shown and leaves the list empty. */
  private InboxPage inbox(InboxRequest request) {
    return DomainErrors.orElse(() -> cases.inbox(CurrentOfficer.require(), request), e -> {
      DomainErrors.notify(new CaseVocabulary(getLocale()).error(e.code()));
      return new InboxPage(List.of(), 0, request.offset(), request.limit());
    });
  }

  private void openRegistration(Caller caller, boolean inOffice) {
    RegisterForm form = new RegisterForm(inOffice, texts, new CaseVocabulary(getLocale()));
    Dialog dialog = new Dialog(form);
    dialog.setId("register-dialog");
    dialog.setHeaderTitle(getTranslation("cases.new"));
    form.addCancelListener(e -> dialog.close());
    form.addRegisterListener(e -> {
      DomainErrors.attempt(() -> cases.register(caller, e.input()), getLocale(), form).ifPresent(created -> {
        dialog.close();
        DomainErrors.confirm(getTranslation("cases.registered", created.number()));
        open(created.id());
      });
    });
    dialog.open();
  }

  private void open(String caseId) {
    UI.getCurrent().navigate("console/cases/" + caseId);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var page = event.getUI().getPage();
    page.retrieveExtendedClientDetails(d -> compact(d.getWindowInnerWidth() < COMPACT_BELOW_PX));
    page.addBrowserWindowResizeListener(e -> compact(e.getWidth() < COMPACT_BELOW_PX));
  }

  private void compact(boolean compact) {
    if (grid != null) {
      grid.setCompact(compact);
      filter.setOpened(!compact);
    }
  }

  private String departmentName(String tenant) {
    return directory.department(TenantId.of(tenant)).map(d -> d.name(getLocale())).orElse(tenant);
  }

  /** Statuses named in an address (comma-separated); unknown names are ignored. */
  static Set<CaseStatus> statuses(String names) {
    Set<CaseStatus> out =
        EnumSet.noneOf(CaseStatus.class);
    for (String name : names.split(",")) {
      try {
        out.add(CaseStatus.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        // not a status: ignored
      }
    }
    return out;
  }

  private static Optional<Inbox> parseInbox(String name) {
    try {
      return Optional.of(Inbox.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("cases.title") + " · " + getTranslation("app.title");
  }
}
