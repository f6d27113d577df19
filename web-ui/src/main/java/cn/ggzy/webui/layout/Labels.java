package cn.ggzy.webui.layout;

import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;

/**
 * The small parts the console's sheets and cards are written with: a badge (text and a class, never
 * colour alone), a label–value line that wraps on a 360 px screen, a titled section, the top row of a
 * card, a link within the application, a card's buttons, amounts in yuan, who did something and when,
 * and the text in the page's language. A family of pages names its classes by a prefix ({@code
 * project}: {@code project-line}, {@code project-label} …) and its words by its own keys.
 */
public final class Labels {
  private Labels() {}

  /**
   * A badge: the text says it, the classes {@code status-badge} and {@code className} only colour it;
   * the code in {@code attribute} for the styles and the tests; an id when one is given.
   */
  public static Span badge(String text, String className, String attribute, String value, String id) {
    Span badge = new Span(text);
    badge.addClassNames("status-badge", className);
    badge.getElement().setAttribute(attribute, value);
    if (id != null) {
      badge.setId(id);
    }
    return badge;
  }

  /** A code as a part of a class name: {@code CASE_OPENED} → {@code case-opened}; none → empty. */
  public static String classOf(String code) {
    return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An amount with thousands separators: 4,500,000 元 / 4,500,000 yuan; null when not given. */
  public static String yuan(BigDecimal amount, Texts texts) {
    if (amount == null) {
      return null;
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return texts.get("amount.yuan", format.format(amount));
  }

  /** The text in the page's language: the English one when there is one. */
  public static String pick(Locale locale, String zh, String en) {
    return Language.isEnglish(locale) && en != null && !en.isBlank() ? en : zh;
  }

  /** Who did it and when: jsj.wang · 2026年12月14日 11:00. */
  public static String byAt(String who, Instant at, Locale locale) {
    return who + " · " + CaseFormats.dateTime(at, locale);
  }

  /**
   * A label and its value (— when there is none), classes {@code <prefix>-line}, {@code <prefix>-label}
   * and {@code <prefix>-value}; the value wraps anywhere (long names, numbers, rule ids).
   */
  public static Div line(String prefix, String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName(prefix + "-label");
    Span v = new Span(value == null || value.isBlank() ? "—" : value);
    v.addClassName(prefix + "-value");
    if (id != null) {
      v.setId(id);
    }
    Div row = new Div(l, v);
    row.addClassName(prefix + "-line");
    return row;
  }

  /** Lines stacked on a phone, label beside value on a wider screen (class {@code <prefix>-facts}). */
  public static Div facts(String prefix, Div... lines) {
    Div facts = new Div(lines);
    facts.addClassName(prefix + "-facts");
    return facts;
  }

  /** A titled part of a page. */
  public static Div section(String id, String title, Component... content) {
    H3 heading = new H3(title);
    heading.addClassName("sheet-heading");
    Div block = new Div(heading);
    block.add(content);
    block.setId(id);
    block.addClassName("sheet-section");
    return block;
  }

  /**
   * A sheet (one item read whole, classes {@code case-sheet} and {@code className}) opened by its title
   * ({@code titleId}) and the badges that say where it stands.
   */
  public static Div sheet(String id, String className, String titleId, String title, Component... badges) {
    Div sheet = new Div();
    sheet.setId(id);
    sheet.addClassNames("case-sheet", className);
    Span heading = new Span(title);
    heading.setId(titleId);
    heading.addClassName("case-sheet-number");
    Div top = top(heading);
    top.add(badges);
    sheet.add(top);
    return sheet;
  }

  /** The top row of a card or a sheet: its title and its badges, wrapping on a phone. */
  public static Div top(Component... parts) {
    Div top = new Div(parts);
    top.addClassName("case-card-top");
    return top;
  }

  /** A link to a page of the application, followed without reloading the page. */
  public static Anchor link(String route, String text, String id, String... classNames) {
    Anchor link = new Anchor(route, text);
    link.getElement().setAttribute("router-link", true);
    link.setId(id);
    link.addClassNames(classNames);
    return link;
  }

  /** Makes {@code button} a card's action: its id, text and icon, and what a click does. */
  public static Button action(Button button, String id, String text, VaadinIcon icon, SerializableRunnable onClick) {
    button.setId(id);
    button.setText(text);
    button.setIcon(icon.create());
    button.addClickListener(e -> onClick.run());
    return button;
  }

  /** A card's buttons under it, the first one the primary action. */
  public static Div actions(Button primary, Button... others) {
    primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div buttons = new Div(primary);
    buttons.add(others);
    buttons.addClassName("case-actions");
    return buttons;
  }
}
