package cn.ggzy.webui.projects;

import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The words and badges the register's pages share: a contract's kind, a tender's method and
 * organisation form, an alert's kind and state (text and a class, never colour alone), amounts in
 * yuan, yes and no, and a label–value line that wraps on a 360 px screen.
 */
final class ProjectLabels {
  private ProjectLabels() {}

  /** 施工 / Works; an unknown or missing code as it is (or —). */
  static String kind(String code, Texts texts) {
    return word("projects.kind.", code, texts);
  }

  /** 公开招标 / Open tender. */
  static String method(String code, Texts texts) {
    return word("projects.method.", code, texts);
  }

  /** 自行招标 / By the employer itself. */
  static String organisation(String code, Texts texts) {
    return word("projects.organisation.", code, texts);
  }

  static String yesNo(boolean value, Texts texts) {
    return texts.get(value ? "projects.yes" : "projects.no");
  }

  private static String word(String prefix, String code, Texts texts) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String text = texts.get(prefix + code);
    return text.startsWith("!{") ? code : text;
  }

  /** An alert's kind: 应招未招, 招标方式不符, 组织形式不符, 疑似化整为零. */
  static Span alertKind(String kind, Texts texts, String id) {
    return badge(texts.get("projects.alert.kind." + kind), "project-alert-kind-" + lower(kind), "data-kind", kind, id);
  }

  /** An alert's state: 待处理, 已排除, 已立案. */
  static Span alertState(String state, Texts texts, String id) {
    return badge(texts.get("projects.alert.state." + state), "project-alert-state-" + lower(state), "data-state",
        state, id);
  }

  /** 待处理 2 / 共 3: open alerts, or 无预警 when the checks find nothing. */
  static Span alertCount(int open, int total, Texts texts, String id) {
    String text = total == 0 ? texts.get("projects.alerts.noneShort") : texts.get("projects.alerts.count", open, total);
    Span badge = badge(text, open > 0 ? "project-alerts-open" : "project-alerts-done", "data-open",
        String.valueOf(open), id);
    badge.getElement().setAttribute("data-total", String.valueOf(total));
    return badge;
  }

  private static Span badge(String text, String className, String attribute, String value, String id) {
    Span badge = new Span(text);
    badge.addClassNames("status-badge", className);
    badge.getElement().setAttribute(attribute, value);
    if (id != null) {
      badge.setId(id);
    }
    return badge;
  }

  /** An amount with thousands separators: 4,500,000 元 / 4,500,000 yuan; null when not given. */
  static String yuan(BigDecimal amount, Texts texts) {
    if (amount == null) {
      return null;
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return texts.get("projects.yuan", format.format(amount));
  }

  /** The text in the page's language: the English one when there is one. */
  static String pick(Locale locale, String zh, String en) {
    return Language.isEnglish(locale) && en != null && !en.isBlank() ? en : zh;
  }

  /** A label and its value; the value wraps anywhere (long names, approval numbers). */
  static Div line(String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName("project-label");
    Span v = new Span(value == null || value.isBlank() ? "—" : value);
    v.addClassName("project-value");
    if (id != null) {
      v.setId(id);
    }
    Div row = new Div(l, v);
    row.addClassName("project-line");
    return row;
  }

  /** Lines stacked on a phone, label beside value on a wider screen. */
  static Div facts(Div... lines) {
    Div facts = new Div(lines);
    facts.addClassName("project-facts");
    return facts;
  }

  /** A titled part of a page. */
  static Div section(String id, String title, Component... content) {
    H3 heading = new H3(title);
    heading.addClassName("sheet-heading");
    Div block = new Div(heading);
    block.add(content);
    block.setId(id);
    block.addClassName("sheet-section");
    return block;
  }

  /** A bordered block of a list, readable on a phone. */
  static Div card(String id, String className) {
    Div card = new Div();
    if (id != null) {
      card.setId(id);
    }
    card.addClassNames("project-card", className);
    return card;
  }

  private static String lower(String code) {
    return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
