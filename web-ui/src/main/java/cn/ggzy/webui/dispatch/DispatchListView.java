package cn.ggzy.webui.dispatch;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Behind;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The things behind one figure of the dispatch dashboard: the cases, warnings, inspection tasks or list
 * entries it counted, each a link to its page (at most 200; the figure says how many there are).
 */
@Route(value = DispatchView.LIST, layout = MainLayout.class)
@Dependent
public class DispatchListView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final Dispatch dispatch;
  private final Div list = new Div();

  @Inject
  public DispatchListView(Dispatch dispatch) {
    this.dispatch = dispatch;
    setHeading(getTranslation("dispatch.list.title"));
    addClassName("dispatch-list-view");
    list.setId("dispatch-list");
    list.setWidthFull();
    addContent(list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    AccessControl.permitted(event, Permission.DISPATCH).ifPresent(caller -> show(caller,
        event.getLocation().getQueryParameters()));
  }

  private static LocalDate day(QueryParameters q, String name) {
    try {
      return q.getSingleParameter(name).map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void show(Caller caller, QueryParameters q) {
    list.removeAll();
    String metric = q.getSingleParameter("metric").orElse("");
    String key = q.getSingleParameter("key").orElse("");
    LocalDate from = day(q, "from");
    LocalDate to = day(q, "to");
    String department = q.getSingleParameter("department").orElse(null);
    DomainErrors.run(() -> {
      List<Behind> found = dispatch.behind(caller, metric, key, from, to, department);
      Paragraph what = new Paragraph(getTranslation("dispatch.list.what", getTranslation("dispatch.metric." + metric),
          from == null ? "—" : from, to == null ? "—" : to, found.size()));
      what.setId("dispatch-list-what");
      list.add(what);
      if (found.isEmpty()) {
        list.add(new Paragraph(getTranslation("dispatch.list.none")));
      }
      for (Behind b : found) {
        Div row = new Div();
        row.addClassName("dispatch-list-item");
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
            .set("padding", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
        Anchor a = new Anchor(b.path(), b.label());
        a.getElement().setAttribute("router-link", true);
        row.add(new Span(getTranslation("dispatch.kind." + b.kind()) + " · "), a);
        list.add(row);
      }
      Anchor back = new Anchor("console/dispatch" + (from == null ? "" : "?from=" + from + "&to=" + to
          + (department == null ? "" : "&department=" + department)), getTranslation("dispatch.list.back"));
      back.setId("dispatch-list-back");
      list.add(back);
    }, (DomainException e) -> {
      ErrorLine error = new ErrorLine("dispatch-error");
      error.show(e, getLocale());
      list.add(error);
    });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dispatch.list.title") + " · " + getTranslation("app.title");
  }
}
