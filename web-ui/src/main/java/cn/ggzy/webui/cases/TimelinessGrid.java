package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Timeliness;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableFunction;
import java.text.NumberFormat;
import java.util.Locale;

/** On-time rates, worst first: acceptance and completion clocks ended in time over all that ended. */
public class TimelinessGrid extends Grid<Timeliness> {
  private final Column<Timeliness> acceptance;
  private final Column<Timeliness> completion;

  public TimelinessGrid(String id, String whoHeader, SerializableFunction<Timeliness, String> name, Locale locale,
      Texts texts) {
    setId(id);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    setEmptyStateText(texts.get("timeliness.empty"));
    addColumn(name::apply).setHeader(whoHeader).setFlexGrow(3);
    acceptance = addColumn(t -> t.acceptanceOnTime() + " / " + t.acceptanceTotal())
        .setHeader(texts.get("timeliness.acceptance")).setFlexGrow(1);
    completion = addColumn(t -> t.completionOnTime() + " / " + t.completionTotal())
        .setHeader(texts.get("timeliness.completion")).setFlexGrow(1);
    addColumn(t -> rate(t, locale)).setHeader(texts.get("timeliness.rate")).setFlexGrow(1)
        .setClassNameGenerator(t -> t.rate() < 1.0 ? "rate-late" : "");
  }

  /** Only the name and the rate on a phone. */
  public void setCompact(boolean compact) {
    acceptance.setVisible(!compact);
    completion.setVisible(!compact);
  }

  static String rate(Timeliness t, Locale locale) {
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMaximumFractionDigits(1);
    return percent.format(t.rate());
  }
}
