package cn.ggzy.webui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common frame of a page's content: a heading and the content, at a readable width. */
public class ViewFrame extends VerticalLayout {
  private final H2 heading = new H2();

  public ViewFrame() {
    addClassName("view-frame");
    setPadding(true);
    setSpacing(true);
    heading.addClassName("view-title");
    heading.setId("view-title");
    add(heading);
  }

  protected void setHeading(String text) {
    heading.setText(text);
  }

  protected void addContent(Component... components) {
    add(components);
  }
}
