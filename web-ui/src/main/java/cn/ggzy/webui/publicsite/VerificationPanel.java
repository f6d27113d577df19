package cn.ggzy.webui.publicsite;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.inspection.Verification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Function;

/**
 * The outcome of a verification: one line per check (✓ or ✗, what it checks, what was found) and
 * the verdict. Each line carries {@code data-passed} so that a browser test can read it.
 */
public class VerificationPanel extends Div {
  private final Function<String, String> texts;
  private final Locale locale;

  public VerificationPanel(Function<String, String> texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
    setId("verification-result");
    setVisible(false);
    getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
  }

  public void show(Verification.Report report) {
    removeAll();
    Span verdict = new Span(texts.apply(report.verified() ? "inspections.verify.passed" : "inspections.verify.failed"));
    verdict.setId("verification-verdict");
    verdict.getElement().setAttribute("data-verified", String.valueOf(report.verified()));
    verdict.getStyle().set("font-weight", "600")
        .set("color", report.verified() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    verdict.getElement().setAttribute("role", "status");
    add(verdict);
    for (Verification.Check check : report.checks()) {
      var icon = (check.passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
      icon.setColor(check.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
      icon.getStyle().set("flex", "none").set("width", "20px").set("height", "20px");
      Span what = new Span(Messages.text("inspection.verify.check." + check.name(), locale));
      Span found = new Span(Messages.format(check.finding(), locale, check.arguments()));
      found.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
          .set("word-break", "break-all");
      Div text = new Div(what, found);
      text.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "0");
      Div line = new Div(icon, text);
      line.setId("verification-check-" + check.name());
      line.getElement().setAttribute("data-passed", String.valueOf(check.passed()));
      line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start");
      add(line);
    }
    setVisible(true);
  }
}
