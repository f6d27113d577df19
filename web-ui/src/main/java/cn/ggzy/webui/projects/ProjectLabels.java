package cn.ggzy.webui.projects;

import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The words and badges of the register's pages: a contract's kind, a tender's method and
 * organisation form, an alert's kind and state (text and a class, never colour alone), yes and no, a
 * label–value line that wraps on a 360 px screen and a card (the parts are the console's {@link
 * Labels}, under the register's classes {@code project-*}).
 */
final class ProjectLabels {
  private static final String CLASSES = "project";

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
    return Labels.badge(texts.get("projects.alert.kind." + kind), "project-alert-kind-" + Labels.classOf(kind),
        "data-kind", kind, id);
  }

  /** An alert's state: 待处理, 已排除, 已立案. */
  static Span alertState(String state, Texts texts, String id) {
    return Labels.badge(texts.get("projects.alert.state." + state), "project-alert-state-" + Labels.classOf(state),
        "data-state", state, id);
  }

  /** 待处理 2 / 共 3: open alerts, or 无预警 when the checks find nothing. */
  static Span alertCount(int open, int total, Texts texts, String id) {
    String text = total == 0 ? texts.get("projects.alerts.noneShort") : texts.get("projects.alerts.count", open, total);
    Span badge = Labels.badge(text, open > 0 ? "project-alerts-open" : "project-alerts-done", "data-open",
        String.valueOf(open), id);
    badge.getElement().setAttribute("data-total", String.valueOf(total));
    return badge;
  }

  /** A label and its value; the value wraps anywhere (long names, approval numbers). */
  static Div line(String id, String label, String value) {
    return Labels.line(CLASSES, id, label, value);
  }

  /** Lines stacked on a phone, label beside value on a wider screen. */
  static Div facts(Div... lines) {
    return Labels.facts(CLASSES, lines);
  }

  /** The title of a card (an alert's number, a contract's or a tender's name). */
  static Span cardTitle(String text) {
    Span title = new Span(text);
    title.addClassName("project-card-title");
    return title;
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
}
