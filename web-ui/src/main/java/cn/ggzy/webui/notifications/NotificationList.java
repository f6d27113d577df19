package cn.ggzy.webui.notifications;

import cn.ggzy.server.application.Notifications.Item;
import cn.ggzy.webui.cases.CaseFormats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;

/**
 * The inbox as a list, newest first; unread items stand out; tapping one marks it read and opens
 * its case. Times as everywhere in the console (2026年12月6日 14:05 / 6 Dec 2026, 14:05).
 */
public class NotificationList extends Div {

  public static class ReadEvent extends ComponentEvent<NotificationList> {
    private final String id;
    private final String caseId;

    ReadEvent(NotificationList source, String id, String caseId) {
      super(source, false);
      this.id = id;
      this.caseId = caseId;
    }

    public String id() {
      return id;
    }

    /** The case the notification is about (null: none). */
    public String caseId() {
      return caseId;
    }
  }

  private final String emptyText;

  public NotificationList(String emptyText) {
    this.emptyText = emptyText;
    setId("notification-list");
    addClassName("notification-list");
  }

  public void show(List<Item> items, Locale locale) {
    removeAll();
    if (items.isEmpty()) {
      add(new Span(emptyText));
      return;
    }
    for (Item item : items) {
      Div line = new Div();
      line.addClassName("notification-item");
      line.getElement().setAttribute("data-kind", item.kind().name());
      line.getElement().setAttribute("data-read", String.valueOf(item.read()));
      Span title = new Span(item.title());
      title.getStyle().set("font-weight", item.read() ? "normal" : "bold");
      Span at = new Span(CaseFormats.dateTime(item.at(), locale));
      at.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "0.5em");
      Div body = new Div(item.body());
      line.add(title, at, body);
      line.getStyle().set("padding", "0.5em 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
          .set("cursor", "pointer");
      line.getElement().setAttribute("role", "link");
      line.getElement().setAttribute("tabindex", "0");
      line.addClickListener(e -> fireEvent(new ReadEvent(this, item.id(), item.caseId())));
      line.getElement().addEventListener("keydown", e -> fireEvent(new ReadEvent(this, item.id(), item.caseId())))
          .setFilter("event.key === 'Enter' || event.key === ' '");
      add(line);
    }
  }

  public Registration addReadListener(ComponentEventListener<ReadEvent> listener) {
    return addListener(ReadEvent.class, listener);
  }
}
