package cn.ggzy.webui.admin.accounts;

import cn.ggzy.server.application.AccountAdministration;
import cn.ggzy.server.application.AccountView;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Account administration for system administrators, office leaders and department heads. */
@Route(value = "console/accounts", layout = MainLayout.class)
@Dependent
public class AccountsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  static final int COMPACT_BELOW_PX = 700;
  private final AccountAdministration administration;
  private final TenantDirectory directory;
  private final Function<String, String> texts = key -> getTranslation(key);
  private final AccountGrid grid;
  private Map<String, String> departmentNames = Map.of();

  @Inject
  public AccountsView(AccountAdministration administration, TenantDirectory directory) {
    this.administration = administration;
    this.directory = directory;
    setHeading(getTranslation("accounts.title"));
    Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), e -> openCreate());
    create.setId("account-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    grid = new AccountGrid(texts, this::departmentName);
    grid.addActionListener(this::act);
    addContent(create, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().filter(c -> c.may(Permission.ADMINISTER_ACCOUNTS)).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    } else {
      refresh();
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var page = event.getUI().getPage();
    page.retrieveExtendedClientDetails(d -> grid.setCompact(d.getWindowInnerWidth() < COMPACT_BELOW_PX));
    page.addBrowserWindowResizeListener(e -> grid.setCompact(e.getWidth() < COMPACT_BELOW_PX));
  }

  private void refresh() {
    departmentNames = directory.regions().stream().flatMap(r -> r.departments().stream())
        .collect(Collectors.toMap(d -> d.id().value(), d -> d.name(getLocale())));
    attempt(() -> administration.accounts(caller()), FieldErrors.NONE).ifPresent(grid::setItems);
  }

  private void openCreate() {
    AccountForm form = new AccountForm(directory.administrableDepartments(caller()), getLocale(), texts);
    Dialog dialog = new Dialog(form);
    dialog.setHeaderTitle(getTranslation("accounts.new"));
    dialog.setId("account-dialog");
    form.addDepartmentChosenListener(e ->
        form.setGrantableRoles(administration.grantableRoles(caller(), e.department().id())));
    form.addCancelListener(e -> dialog.close());
    form.addSaveListener(e -> {
      NewAccount a = e.account();
      if (a.tenant() == null) {
        form.showFieldError("tenant", getTranslation("accounts.department.required"));
        return;
      }
      attempt(() -> administration.create(caller(), a.tenant(), a.login(), a.displayName(), a.roles()), form)
          .ifPresent(created -> {
            dialog.close();
            refresh();
            showPassword(created.account().login(), created.initialPassword());
          });
    });
    dialog.open();
  }

  private void act(AccountGrid.ActionEvent event) {
    String login = event.account().login();
    switch (event.action()) {
      case RESET_PASSWORD -> attempt(() -> administration.resetPassword(caller(), login), FieldErrors.NONE)
          .ifPresent(password -> showPassword(login, password));
      case DISABLE -> attempt(() -> administration.disable(caller(), login), FieldErrors.NONE)
          .ifPresent(a -> refresh());
      case ENABLE -> attempt(() -> administration.enable(caller(), login), FieldErrors.NONE)
          .ifPresent(a -> refresh());
      case EDIT_ROLES -> editRoles(event.account());
    }
  }

  private void editRoles(AccountView account) {
    var grantable = administration.grantableRoles(caller(), TenantId.of(account.tenantId()));
    RolesForm form = new RolesForm(account.login(), grantable, account.roles(), texts);
    Dialog dialog = new Dialog(form);
    dialog.setHeaderTitle(getTranslation("accounts.action.editRoles") + " · " + account.login());
    form.addCancelListener(e -> dialog.close());
    form.addSaveListener(e ->
        attempt(() -> administration.assignRoles(caller(), e.login(), e.roles()), form).ifPresent(a -> {
          dialog.close();
          refresh();
        }));
    dialog.open();
  }

  private void showPassword(String login, String password) {
    new OneTimePasswordDialog(login, password, texts).open();
  }

  private <T> Optional<T> attempt(Supplier<T> action, FieldErrors form) {
    return DomainErrors.attempt(action, getLocale(), form);
  }

  private String departmentName(String tenantId) {
    return departmentNames.getOrDefault(tenantId, tenantId);
  }

  private Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("accounts.title") + " · " + getTranslation("app.title");
  }
}
