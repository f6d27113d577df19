package cn.ggzy.webui.publicsite.filing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The line above a form's send button: what is happening (with an indeterminate bar) or why the
 * last attempt failed. Announced to screen readers; a failure brings the first faulty field into
 * view and focus.
 */
public class FormStatus extends Div {
  static final String FIRST_FAULT = """
      const scope = this.closest('vaadin-form-layout, form, .filing-form, .tracking-lookup') || document;
      const bad = Array.from(scope.querySelectorAll('[invalid]')).find((e) => e.offsetParent !== null);
      const target = bad || this;
      target.scrollIntoView({ block: 'center' });
      // a date picker is only shown: focusing it could open its calendar over the form
      if (bad && bad.localName !== 'vaadin-date-picker' && typeof bad.focus === 'function') {
        bad.focus();
      }""";
  final Span text = new Span();
  private final ProgressBar bar = new ProgressBar();

  public FormStatus(String id) {
    setId(id);
    addClassName("form-status");
    text.setId(id + "-text");
    bar.setIndeterminate(true);
    add(bar, text);
    getElement().setAttribute("aria-live", "polite");
    setVisible(false);
  }

  public void working(String message) {
    removeClassNames("form-status-error", "form-status-done");
    bar.setVisible(true);
    text.setText(message);
    setVisible(true);
  }

  public void failed(String message) {
    removeClassName("form-status-done");
    addClassName("form-status-error");
    bar.setVisible(false);
    text.setText(message);
    getElement().setAttribute("role", "alert");
    setVisible(true);
    showFirstFault();
  }

  /**
   * Brings the first field marked invalid in this form into view and focus (the top of a long form
   * is far from its send button on a phone); the line itself when no field is marked.
   */
  private void showFirstFault() {
    getElement().executeJs(FIRST_FAULT);
  }


  /** Something went well (e.g. a reply was stored). */
  public void done(String message) {
    removeClassName("form-status-error");
    addClassName("form-status-done");
    bar.setVisible(false);
    text.setText(message);
    setVisible(true);
  }

  public void clear() {
    removeClassName("form-status-done");
    text.setText("");
    setVisible(false);
  }

  public String text() {
    return text.getText();
  }
}
