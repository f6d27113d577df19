package cn.ggzy.webui.inspections;

import cn.ggzy.webui.cases.CaseFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;

/**
 * Label–value lines that wrap on a 360 px screen; long values (hashes, seeds) break anywhere.
 */
public final class Facts extends Div {
  public Facts() {
    getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
  }

  public Facts line(String id, String label, String value) {
    Span l = new Span(label);
    l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Span v = new Span(value == null ? "—" : value);
    v.setId(id);
    v.getStyle().set("overflow-wrap", "anywhere").set("word-break", "break-all");
    Div row = new Div(l, v);
    row.getStyle().set("display", "flex").set("flex-direction", "column");
    add(row);
    return this;
  }

  /** A time as everywhere in the UI: 2026年12月6日 14:05 / 6 Dec 2026, 14:05 (Beijing time). */
  public static String time(Instant at, Locale locale) {
    return at == null ? null : CaseFormats.dateTime(at, locale);
  }

  /** A card: a bordered block of a list, readable on a phone. */
  public static Div card(Component... content) {
    Div card = new Div(content);
    card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("box-sizing", "border-box").set("width", "100%").set("overflow-wrap", "anywhere");
    return card;
  }
}
