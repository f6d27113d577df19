package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;

/**
 * Cases as a grid. A phone (360 px) sees one card per case: number, status, title, deadline and
 * how the clock stands; wider screens see the same card next to department and assignee columns.
 * The number links to the case.
 */
public class CaseGrid extends Grid<Line> {
  private final Locale locale;
  private final Texts texts;
  private final CaseVocabulary words;
  private final Column<Line> departmentColumn;
  private final Column<Line> assigneeColumn;

  public CaseGrid(String id, Locale locale, Texts texts, SerializableFunction<String, String> departmentName) {
    this.locale = locale;
    this.texts = texts;
    this.words = new CaseVocabulary(locale);
    setId(id);
    addClassName("case-grid");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    addComponentColumn(this::card).setHeader(texts.get("cases.column.case")).setFlexGrow(4);
    departmentColumn = addColumn(l -> departmentName.apply(l.ownerTenant()))
        .setHeader(texts.get("cases.column.department")).setFlexGrow(2);
    assigneeColumn = addColumn(l -> l.assigneeName() == null ? "" : l.assigneeName())
        .setHeader(texts.get("cases.column.assignee")).setFlexGrow(1);
  }

  /** Only the cards on a phone. */
  public void setCompact(boolean compact) {
    departmentColumn.setVisible(!compact);
    assigneeColumn.setVisible(!compact);
  }

  Component card(Line line) {
    Anchor number = new Anchor("console/cases/" + line.id(), line.number());
    number.getElement().setAttribute("router-link", true);
    number.addClassName("case-number");
    Span status = new Span(words.status(line.status()));
    status.addClassNames("status-badge", "status-" + line.status().name().toLowerCase(Locale.ROOT));
    Div top = new Div(number, status);
    top.addClassName("case-card-top");
    if (line.lateFiling()) {
      Span late = new Span(texts.get("cases.lateFiling"));
      late.addClassNames("status-badge", "late-filing-badge");
      late.getElement().setAttribute("data-late", "true");
      top.add(late);
    }
    Div title = new Div(Language.isEnglish(locale) && line.titleEn() != null ? line.titleEn() : line.title());
    title.addClassName("case-title");
    Div owner = new Div(line.ownerName() == null ? "" : line.ownerName());
    owner.addClassName("case-owner");
    Div card = new Div(top, title, owner, clock(ClockLabel.of(line.clock(), locale, texts)));
    card.addClassName("case-card");
    card.getElement().setAttribute("data-case", line.id());
    return card;
  }

  private Component clock(ClockLabel label) {
    Div clock = new Div();
    clock.addClassName("case-clock");
    if (!label.due().isEmpty()) {
      Span due = new Span(texts.get("cases.clock.due", label.due()));
      due.addClassName("clock-due");
      clock.add(due);
    }
    if (!label.state().isEmpty()) {
      Span state = new Span(label.state());
      state.addClassNames("clock-state", label.toneClass());
      label.icon().ifPresent(icon -> state.addComponentAsFirst(icon));
      clock.add(state);
    }
    return clock;
  }
}
