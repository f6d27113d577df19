package cn.ggzy.webui.audit;

import cn.ggzy.server.application.AuditVerification.ChainReport;
import cn.ggzy.server.application.Messages;
import cn.ggzy.tenants.TenantId;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The result of a chain check, one line per department: entries checked, intact or where it breaks. */
public class VerificationResults extends Div {
  private final BiFunction<String, Object[], String> texts;
  private final Locale locale;

  /** {@code texts} translates a key with its parameters. */
  public VerificationResults(BiFunction<String, Object[], String> texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
    setId("audit-verification");
    addClassName("audit-verification");
  }

  public void show(List<ChainReport> reports, Function<TenantId, String> departmentName) {
    removeAll();
    for (ChainReport r : reports) {
      Span department = new Span(departmentName.apply(r.tenant()));
      department.addClassName("audit-verification-department");
      Span checked = new Span(texts.apply("audit.verify.checked", new Object[] {r.entriesChecked()}));
      Span result = new Span(result(r));
      result.addClassNames("state-badge", r.intact() ? "state-ok" : "state-bad");
      Div line = new Div(department, checked, result);
      line.setId("audit-verification-" + r.tenant().value());
      line.addClassName("audit-verification-line");
      add(line);
    }
  }

  String result(ChainReport r) {
    if (r.intact()) {
      return Messages.text("audit.chain.intact", locale);
    }
    return texts.apply("audit.verify.brokenAt", new Object[] {r.firstBreak().sequence()}) + " "
        + Messages.text("audit.break." + r.firstBreak().kind(), locale);
  }
}
