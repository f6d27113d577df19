package cn.ggzy.webui.publicsite.filing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The line above a form's send button: what is happening (with an indeterminate bar) or why the
 * last attempt failed. Announced to screen readers.
 */
public class FormStatus extends Div {
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
