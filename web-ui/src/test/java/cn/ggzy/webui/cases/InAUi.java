package cn.ggzy.webui.cases;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test of a class marked {@code @ExtendWith(InAUi.class)} runs in a UI of its own (components that
 * upload or download need one), and leaves none behind.
 */
public final class InAUi implements BeforeEachCallback, AfterEachCallback {
  @Override
  public void beforeEach(ExtensionContext context) {
    UI.setCurrent(new UI());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    UI.setCurrent(null);
  }
}
