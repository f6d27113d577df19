package cn.ggzy.webui.admin.accounts;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.RoleNames;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Edits the roles of one account among those the administrator may grant; fires {@link SaveEvent}. */
public class RolesForm extends VerticalLayout implements FieldErrors {
  final CheckboxGroup<Role> roles = new CheckboxGroup<>();
  final Button save = new Button();
  final Button cancel = new Button();
  private final String login;

  public RolesForm(String login, Set<Role> grantable, Set<Role> current, Function<String, String> texts) {
    this.login = login;
    setPadding(false);
    roles.setId("roles-edit");
    roles.setLabel(texts.apply("accounts.roles"));
    roles.setItemLabelGenerator(r -> RoleNames.name(r, texts));
    roles.setItems(grantable.stream().sorted().toList());
    roles.setValue(current.stream().filter(grantable::contains).collect(Collectors.toSet()));
    roles.addValueChangeListener(e -> roles.setInvalid(false));
    save.setText(texts.apply("form.save"));
    save.setId("roles-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> fireEvent(new SaveEvent(this, this.login, roles.getValue())));
    cancel.setText(texts.apply("form.cancel"));
    cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
    add(roles, new HorizontalLayout(save, cancel));
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return FieldErrors.mark("roles".equals(field) ? roles : null, message);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The administrator asks to give the account exactly these roles. */
  public static class SaveEvent extends ComponentEvent<RolesForm> {
    private final String login;
    private final Set<Role> roles;

    SaveEvent(RolesForm source, String login, Set<Role> roles) {
      super(source, false);
      this.login = login;
      this.roles = Set.copyOf(roles);
    }

    public String login() {
      return login;
    }

    public Set<Role> roles() {
      return roles;
    }
  }

  /** The administrator gave up. */
  public static class CancelEvent extends ComponentEvent<RolesForm> {
    CancelEvent(RolesForm source) {
      super(source, false);
    }
  }
}
