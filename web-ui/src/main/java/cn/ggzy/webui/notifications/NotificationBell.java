package cn.ggzy.webui.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The bell in the header with the officer's unread count. It follows the inbox while the page is
 * open: each change arrives by server push and updates the count without a reload.
 */
public class NotificationBell extends Button {
  private final Span count = new Span();
  private final LongSupplier unread;
  private final Function<Runnable, Registration> listen;
  private Registration listening;

  /**
   * @param unread reads the current unread count
   * @param listen subscribes to changes of the officer's inbox
   */
  public NotificationBell(LongSupplier unread, Function<Runnable, Registration> listen, String label) {
    this.unread = unread;
    this.listen = listen;
    setId("notification-bell");
    setIcon(VaadinIcon.BELL.create());
    addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    getElement().setAttribute("aria-label", label);
    getElement().setAttribute("title", label);
    count.setId("notification-count");
    count.getElement().getThemeList().add("badge error pill small");
    getElement().appendChild(count.getElement());
    addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("console/notifications")));
    refresh();
  }

  /** Shows the current count (hidden when nothing is unread). */
  public final void refresh() {
    long n = unread.getAsLong();
    count.setText(n > 99 ? "99+" : String.valueOf(n));
    count.setVisible(n > 0);
  }

  public String shownCount() {
    return count.isVisible() ? count.getText() : "0";
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    listening = listen.apply(LiveRefresh.of(ui, this::refresh));
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      listening.remove();
      listening = null;
    }
    super.onDetach(event);
  }
}
