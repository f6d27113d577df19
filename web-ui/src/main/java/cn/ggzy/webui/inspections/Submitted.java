package cn.ggzy.webui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** A form of this package was filled in and submitted; carries what was typed, as the service takes it. */
public class Submitted extends ComponentEvent<Component> {
  private final Object value;

  public Submitted(Component source, Object value) {
    super(source, false);
    this.value = value;
  }

  public Object value() {
    return value;
  }

  /** Registers {@code listener} for the values submitted by {@code form} (each form submits one type). */
  @SuppressWarnings("unchecked")
  static <T> Registration listen(Component form, Consumer<T> listener) {
    return ComponentUtil.addListener(form, Submitted.class, e -> listener.accept((T) e.value()));
  }
}
