package cn.ggzy.webui.audit;

import cn.ggzy.server.application.AuditTrail.AuditEntryView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** Audit entries, newest first; the view gives it a data provider that pages in the database. */
public class AuditEntryGrid extends Grid<AuditEntryView> {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("Asia/Shanghai"));

  public AuditEntryGrid(Function<String, String> texts) {
    setId("audit-grid");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    setPageSize(50);
    addColumn(AuditEntryView::sequence).setHeader(texts.apply("audit.sequence")).setAutoWidth(true).setFlexGrow(0);
    addColumn(e -> TIME.format(e.at())).setHeader(texts.apply("audit.time")).setAutoWidth(true).setFlexGrow(0);
    addColumn(AuditEntryView::actor).setHeader(texts.apply("audit.actor")).setFlexGrow(1);
    addColumn(AuditEntryView::action).setHeader(texts.apply("audit.action")).setFlexGrow(2);
    addColumn(AuditEntryView::target).setHeader(texts.apply("audit.target")).setFlexGrow(2);
    addColumn(AuditEntryGrid::change).setHeader(texts.apply("audit.change")).setFlexGrow(3);
    addColumn(AuditEntryView::reason).setHeader(texts.apply("audit.reason")).setFlexGrow(2);
  }

  /** The state before and after, as "before → after"; empty when the action recorded none. */
  static String change(AuditEntryView e) {
    if (e.before() == null && e.after() == null) {
      return "";
    }
    return (e.before() == null ? "—" : e.before()) + " → " + (e.after() == null ? "—" : e.after());
  }
}
