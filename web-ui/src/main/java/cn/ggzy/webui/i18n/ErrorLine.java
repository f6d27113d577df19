package cn.ggzy.webui.i18n;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.DomainException;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A line that shows a refusal where it happened, read out at once (role alert): the text of its code
 * and the field at fault. Hidden until there is one.
 */
public class ErrorLine extends Span {
  public ErrorLine(String id) {
    setId(id);
    getElement().setAttribute("role", "alert");
    getStyle().set("color", "var(--lumo-error-text-color)");
    setVisible(false);
  }

  public void show(DomainException e, Locale locale) {
    setText(Messages.text(e.code(), locale) + (e.field() == null ? "" : " (" + e.field() + ")"));
    setVisible(true);
  }

  public void clear() {
    setVisible(false);
  }
}
