package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.draw.DrawCheck;
import cn.ggzy.server.domain.model.draw.DrawReport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Function;

/**
 * The outcome of a verification of a published draw (an inspection draw, a round of an expert
 * draw): one line per check (✓ or ✗, what it checks, what was found) and the verdict. Each line
 * carries {@code data-passed} so that a browser test can read it.
 */
public class VerificationPanel extends Div {
  private final Function<String, String> texts;
  private final Locale locale;
  private final String checkKeys;
  private final String verdictKeys;
  private final String verdictId;
  private final String lineIds;

  /** The inspection draw's panel ({@code verification-result}, lines {@code verification-check-<name>}). */
  public VerificationPanel(Function<String, String> texts, Locale locale) {
    this("verification-result", "verification-verdict", "verification-check-", "inspection.verify.check.",
        "inspections.verify.", texts, locale);
  }

  /**
   * A panel with its own ids ({@code id}, {@code id-verdict}, lines {@code id-<name>}) and texts: the
   * check names under {@code checkKeys} (error-code texts, e.g. {@code expert.verify.check.}), the
   * verdict {@code verdictKeys + "passed" | "failed"} (UI texts, e.g. {@code experts.verify.}).
   */
  public VerificationPanel(String id, String checkKeys, String verdictKeys, Function<String, String> texts,
      Locale locale) {
    this(id, id + "-verdict", id + "-", checkKeys, verdictKeys, texts, locale);
  }

  private VerificationPanel(String id, String verdictId, String lineIds, String checkKeys, String verdictKeys,
      Function<String, String> texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
    this.checkKeys = checkKeys;
    this.verdictKeys = verdictKeys;
    this.verdictId = verdictId;
    this.lineIds = lineIds;
    setId(id);
    setVisible(false);
    getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
  }

  public void show(DrawReport report) {
    removeAll();
    Span verdict = new Span(texts.apply(verdictKeys + (report.verified() ? "passed" : "failed")));
    verdict.setId(verdictId);
    verdict.getElement().setAttribute("data-verified", String.valueOf(report.verified()));
    verdict.getStyle().set("font-weight", "600")
        .set("color", report.verified() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    verdict.getElement().setAttribute("role", "status");
    add(verdict);
    for (DrawCheck check : report.checks()) {
      var icon = (check.passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
      icon.setColor(check.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
      icon.getStyle().set("flex", "none").set("width", "20px").set("height", "20px");
      Span what = new Span(Messages.text(checkKeys + check.name(), locale));
      Span found = new Span(Messages.format(check.finding(), locale, check.arguments()));
      found.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
          .set("word-break", "break-all");
      Div text = new Div(what, found);
      text.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "0");
      Div line = new Div(icon, text);
      line.setId(lineIds + check.name());
      line.getElement().setAttribute("data-passed", String.valueOf(check.passed()));
      line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start");
      add(line);
    }
    setVisible(true);
  }
}
