package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.ExpertSummary;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The experts of the pool. A phone (360 px) sees one card per expert: name (a link to the expert),
 * state, masked ID, employer and title, specialties, when applied and the review due; wider screens
 * see name, state and ID in the card and the rest in columns.
 */
public class ExpertGrid extends Grid<ExpertSummary> {
  private final Texts texts;
  private final Locale locale;
  private final SpecialtyNames names;
  private final Column<ExpertSummary> workColumn;
  private final Column<ExpertSummary> specialtiesColumn;
  private final Column<ExpertSummary> datesColumn;
  private boolean compact = true;

  public ExpertGrid(String id, Texts texts, Locale locale, SpecialtyNames names) {
    this.texts = texts;
    this.locale = locale;
    this.names = names;
    setId(id);
    addClassNames("case-grid", "expert-grid");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    addComponentColumn(this::card).setHeader(texts.get("experts.column.expert")).setFlexGrow(3);
    workColumn = addColumn(s -> s.employer() + " · " + s.title()).setHeader(texts.get("experts.column.work"))
        .setFlexGrow(2);
    specialtiesColumn = addColumn(s -> names.names(s.specialties()))
        .setHeader(texts.get("experts.field.specialties")).setFlexGrow(2);
    datesColumn = addColumn(this::dates).setHeader(texts.get("experts.column.dates")).setFlexGrow(2);
    workColumn.setVisible(false);
    specialtiesColumn.setVisible(false);
    datesColumn.setVisible(false);
  }

  /** Only the cards on a phone. */
  public void setCompact(boolean compact) {
    workColumn.setVisible(!compact);
    specialtiesColumn.setVisible(!compact);
    datesColumn.setVisible(!compact);
    if (this.compact != compact) {
      this.compact = compact;
      getDataProvider().refreshAll();
    }
  }

  Component card(ExpertSummary s) {
    Anchor name = new Anchor(ExpertNavigation.POOL + "/" + s.id(), s.name());
    name.getElement().setAttribute("router-link", true);
    name.addClassName("case-number");
    Div top = new Div(name, badge(s.state(), texts, null));
    top.addClassName("case-card-top");
    Div id = line(s.maskedResidentId());
    id.addClassName("expert-masked-id");
    Div card = new Div(top, id);
    if (compact) {
      card.add(line(s.employer() + " · " + s.title()), line(names.names(s.specialties())), line(dates(s)));
    }
    card.addClassName("case-card");
    card.getElement().setAttribute("data-expert", s.id());
    return card;
  }

  private static Div line(String text) {
    Div line = new Div(text);
    line.addClassName("case-owner");
    return line;
  }

  /** When applied and, for experts in the pool, when the annual review is due (or until when suspended). */
  String dates(ExpertSummary s) {
    StringBuilder b = new StringBuilder(texts.get("experts.card.applied", CaseFormats.dateTime(s.appliedAt(), locale)));
    if (s.reviewDue() != null && (s.state() == ExpertState.ACTIVE || s.state() == ExpertState.SUSPENDED)) {
      b.append(" · ").append(texts.get("experts.card.reviewDue",
          CaseFormats.date(s.reviewDue(), locale)));
    }
    if (s.suspendedUntil() != null && s.state() == ExpertState.SUSPENDED) {
      b.append(" · ").append(texts.get("experts.card.suspendedUntil",
          CaseFormats.date(s.suspendedUntil(), locale)));
    }
    return b.toString();
  }

  /** The state as a badge (待审核, 在库, …), with {@code data-state} for the browser tests. */
  static Span badge(ExpertState state, Texts texts, String id) {
    Span badge = new Span(texts.get("experts.state." + state.name()));
    badge.addClassNames("status-badge", "expert-state-" + state.name().toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-state", state.name());
    if (id != null) {
      badge.setId(id);
    }
    return badge;
  }
}
