package cn.ggzy.webui.admin.accounts;

import cn.ggzy.server.application.AccountView;
import cn.ggzy.webui.i18n.RoleNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/**
 * The accounts as a grid. Narrow screens (360 px) see one stacked "account" column, the state and
 * the actions; wider screens also get department and roles columns. Row actions fire {@link ActionEvent}.
 */
public class AccountGrid extends Grid<AccountView> {
  /** What an administrator can do with one account. */
  public enum Action { RESET_PASSWORD, DISABLE, ENABLE, EDIT_ROLES }

  private final Function<String, String> texts;
  private final Column<AccountView> departmentColumn;
  private final Column<AccountView> rolesColumn;

  public AccountGrid(Function<String, String> texts, Function<String, String> departmentName) {
    this.texts = texts;
    setId("accounts-grid");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    addComponentColumn(a -> summary(a, departmentName)).setHeader(texts.apply("accounts.account"))
        .setFlexGrow(3);
    departmentColumn = addColumn(a -> departmentName.apply(a.tenantId()))
        .setHeader(texts.apply("accounts.department")).setFlexGrow(2);
    rolesColumn = addColumn(a -> RoleNames.names(a.roles(), texts))
        .setHeader(texts.apply("accounts.roles")).setFlexGrow(2);
    addComponentColumn(this::state).setHeader(texts.apply("accounts.state")).setAutoWidth(true)
        .setFlexGrow(0);
    addComponentColumn(this::actions).setWidth("64px").setFlexGrow(0);
  }

  /** Fewer columns for a phone. */
  public void setCompact(boolean compact) {
    departmentColumn.setVisible(!compact);
    rolesColumn.setVisible(!compact);
  }

  private Component summary(AccountView a, Function<String, String> departmentName) {
    Span name = new Span(a.displayName());
    name.addClassName("account-name");
    Span login = new Span(a.login());
    login.addClassName("account-login");
    Span department = new Span(departmentName.apply(a.tenantId()));
    department.addClassName("account-department");
    return new Div(name, login, department);
  }

  private Component state(AccountView a) {
    String key = !a.enabled() ? "accounts.state.disabled"
        : a.locked() ? "accounts.state.locked" : "accounts.state.active";
    Span badge = new Span(texts.apply(key));
    badge.addClassNames("state-badge", a.enabled() && !a.locked() ? "state-ok" : "state-bad");
    badge.setId("account-state-" + a.login());
    return badge;
  }

  private Component actions(AccountView a) {
    MenuBar menu = new MenuBar();
    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
    menu.setId("account-actions-" + a.login());
    var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
    root.setAriaLabel(texts.apply("accounts.actions"));
    var sub = root.getSubMenu();
    sub.addItem(texts.apply("accounts.action.resetPassword"), e -> fire(a, Action.RESET_PASSWORD));
    sub.addItem(texts.apply("accounts.action.editRoles"), e -> fire(a, Action.EDIT_ROLES));
    if (a.enabled()) {
      sub.addItem(texts.apply("accounts.action.disable"), e -> fire(a, Action.DISABLE));
    } else {
      sub.addItem(texts.apply("accounts.action.enable"), e -> fire(a, Action.ENABLE));
    }
    return menu;
  }

  private void fire(AccountView account, Action action) {
    fireEvent(new ActionEvent(this, account, action));
  }

  public Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  /** The administrator chose an action for one account. */
  public static class ActionEvent extends ComponentEvent<AccountGrid> {
    private final AccountView account;
    private final Action action;

    ActionEvent(AccountGrid source, AccountView account, Action action) {
      super(source, false);
      this.account = account;
      this.action = action;
    }

    public AccountView account() {
      return account;
    }

    public Action action() {
      return action;
    }
  }
}
