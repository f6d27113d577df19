package cn.ggzy.webui.admin.accounts;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.RoleNames;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The new-account form: department, login, name, roles. It never calls a service: choosing a
 * department fires {@link DepartmentChosenEvent} (the view answers with the grantable roles),
 * saving fires {@link SaveEvent}.
 */
public class AccountForm extends FormLayout implements FieldErrors {
  final Select<Department> department = new Select<>();
  final TextField login = new TextField();
  final TextField displayName = new TextField();
  final CheckboxGroup<Role> roles = new CheckboxGroup<>();
  final Button save = new Button();
  final Button cancel = new Button();

  public AccountForm(List<Department> departments, Locale locale, Function<String, String> texts) {
    addClassName("account-form");
    department.setId("account-department");
    department.setLabel(texts.apply("accounts.department"));
    department.setItems(departments);
    department.setItemLabelGenerator(d -> d.name(locale));
    department.setWidthFull();
    department.addValueChangeListener(e -> {
      department.setInvalid(false);
      roles.clear();
      showRolesBeforeAUnit();
      if (e.getValue() != null) {
        fireEvent(new DepartmentChosenEvent(this, e.getValue()));
      }
    });
    login.setId("account-login");
    login.setLabel(texts.apply("accounts.login"));
    login.setHelperText(texts.apply("accounts.login.help"));
    displayName.setId("account-name");
    displayName.setLabel(texts.apply("accounts.name"));
    roles.setId("account-roles");
    roles.setLabel(texts.apply("accounts.roles"));
    roles.setItemLabelGenerator(r -> RoleNames.name(r, texts));
    this.chooseUnitFirst = texts.apply("accounts.roles.chooseUnitFirst");
    showRolesBeforeAUnit();
    save.setText(texts.apply("form.save"));
    save.setId("account-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, value())));
    cancel.setText(texts.apply("form.cancel"));
    cancel.setId("account-cancel");
    cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(department, login, displayName, roles, save, cancel);
    login.addValueChangeListener(e -> login.setInvalid(false));
    displayName.addValueChangeListener(e -> displayName.setInvalid(false));
    roles.addValueChangeListener(e -> roles.setInvalid(false));
    setColspan(roles, 2);
  }

  private final String chooseUnitFirst;

  /**
   * Before a unit is chosen every role is shown, greyed, with a word that the unit decides which
   * may be granted: the form does not look as if it had no roles.
   */
  private void showRolesBeforeAUnit() {
    roles.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).sorted().toList());
    roles.setItemEnabledProvider(r -> false);
    roles.setHelperText(chooseUnitFirst);
  }

  /** The roles that may be granted in the chosen department. */
  public void setGrantableRoles(Collection<Role> grantable) {
    roles.setItems(grantable.stream().sorted().toList());
    roles.setItemEnabledProvider(r -> true);
    roles.setHelperText(null);
  }

  NewAccount value() {
    Department chosen = department.getValue();
    return new NewAccount(chosen == null ? null : chosen.id(), login.getValue().trim(),
        displayName.getValue().trim(), roles.getValue());
  }

  @Override
  public boolean showFieldError(String field, String message) {
    HasValidation target = switch (field) {
      case "tenant" -> department;
      case "login" -> login;
      case "displayName" -> displayName;
      case "roles" -> roles;
      default -> null;
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  public Registration addDepartmentChosenListener(ComponentEventListener<DepartmentChosenEvent> listener) {
    return addListener(DepartmentChosenEvent.class, listener);
  }

  /** The administrator asks to create the account. */
  public static class SaveEvent extends ComponentEvent<AccountForm> {
    private final NewAccount account;

    SaveEvent(AccountForm source, NewAccount account) {
      super(source, false);
      this.account = account;
    }

    public NewAccount account() {
      return account;
    }
  }

  /** The administrator gave up. */
  public static class CancelEvent extends ComponentEvent<AccountForm> {
    CancelEvent(AccountForm source) {
      super(source, false);
    }
  }

  /** A department was chosen; the roles grantable there must be shown. */
  public static class DepartmentChosenEvent extends ComponentEvent<AccountForm> {
    private final Department department;

    DepartmentChosenEvent(AccountForm source, Department department) {
      super(source, false);
      this.department = department;
    }

    public Department department() {
      return department;
    }
  }
}
