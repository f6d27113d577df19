package cn.ggzy.webui.cases;

import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The building blocks of the case sheet: titled sections and label/value rows. */
final class Sheet {
  private Sheet() {}

  static Div section(String id, String title, Component... content) {
    return Labels.section(id, title, content);
  }

  /** A label and its value; nothing when the value is empty. */
  static Div row(String label, String value) {
    Div row = new Div();
    if (value == null || value.isBlank()) {
      row.setVisible(false);
      return row;
    }
    Span l = new Span(label);
    l.addClassName("sheet-label");
    Span v = new Span(value);
    v.addClassName("sheet-value");
    row.add(l, v);
    row.addClassName("sheet-row");
    return row;
  }

  /** A block of lines (one entry of a list such as a transfer or an approval). */
  static Div entry(String className, String... lines) {
    Div entry = new Div();
    entry.addClassNames("sheet-entry", className);
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        Div l = new Div(line);
        l.addClassName("sheet-entry-line");
        entry.add(l);
      }
    }
    return entry;
  }

  static String joined(String separator, String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (b.length() > 0) {
          b.append(separator);
        }
        b.append(part);
      }
    }
    return b.toString();
  }
}
