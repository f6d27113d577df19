package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool.ExpertSelf;
import cn.ggzy.server.application.ExpertPool.ServedAssignment;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The expert's own page as read on a phone: the greeting, how long the link is valid, who (the ID
 * masked), the state, the specialties with their names, the annual review due and a suspension's
 * end; the evaluations served (once each started) with the answer given, how many are still to
 * come, and the score from the 一标一评 ratings with each rating.
 */
public final class ExpertSelfSheet {
  private final Texts texts;
  private final Locale locale;
  private final SpecialtyNames names;

  public ExpertSelfSheet(Texts texts, Locale locale, SpecialtyNames names) {
    this.texts = texts;
    this.locale = locale;
    this.names = names;
  }

  public Div build(ExpertSelf me) {
    Div sheet = new Div();
    sheet.setId("expert-me");
    sheet.addClassNames("case-sheet", "expert-me");
    Paragraph greeting = new Paragraph(texts.get("experts.me.greeting", me.name()));
    greeting.setId("expert-me-greeting");
    Div top = new Div(greeting, badge(me.state()));
    top.addClassName("case-card-top");
    sheet.add(top);
    if (me.linkValidUntil() != null) {
      Paragraph valid = new Paragraph(texts.get("experts.me.validUntil", Facts.time(me.linkValidUntil(), locale)));
      valid.setId("expert-me-valid-until");
      valid.addClassName("filing-note");
      sheet.add(valid);
    }
    Facts person = new Facts()
        .line("expert-me-masked-id", texts.get("experts.field.residentId"), me.maskedResidentId())
        .line("expert-me-state", texts.get("experts.me.state"), texts.get("experts.state." + me.state().name()))
        .line("expert-me-specialties", texts.get("experts.field.specialties"), names.names(me.specialties()));
    if (me.reviewDue() != null && (me.state() == ExpertState.ACTIVE || me.state() == ExpertState.SUSPENDED)) {
      person.line("expert-me-review-due", texts.get("experts.field.reviewDue"), CaseFormats.date(me.reviewDue(), locale));
    }
    if (me.suspendedUntil() != null && me.state() == ExpertState.SUSPENDED) {
      person.line("expert-me-suspended-until", texts.get("experts.field.suspendedUntil"),
          CaseFormats.date(me.suspendedUntil(), locale));
    }
    sheet.add(section("expert-me-person", "experts.me.person", person));
    sheet.add(served(me));
    sheet.add(ScoreLines.of("expert-me-score", me.score(), texts, locale, null));
    return sheet;
  }

  private Div served(ExpertSelf me) {
    Div list = new Div();
    list.setId("expert-me-served-list");
    list.addClassName("expert-list");
    int n = 0;
    for (ServedAssignment a : me.served()) {
      list.add(assignment("expert-me-served-" + n++, a));
    }
    if (me.served().isEmpty()) {
      Span none = new Span(texts.get("experts.me.served.none"));
      none.setId("expert-me-served-none");
      list.add(none);
    }
    Div section = section("expert-me-served", "experts.me.served", list);
    if (me.upcoming() > 0) {
      Paragraph upcoming = new Paragraph(texts.get("experts.me.upcoming", me.upcoming()));
      upcoming.setId("expert-me-upcoming");
      upcoming.addClassName("filing-note");
      section.add(upcoming);
    }
    return section;
  }

  private Div assignment(String id, ServedAssignment a) {
    Span section = new Span(a.sectionName());
    section.addClassName("case-number");
    Span status = new Span(texts.get("experts.assignment." + a.status().name()));
    status.addClassNames("status-badge", "expert-assignment-" + a.status().name().toLowerCase(Locale.ROOT));
    status.setId(id + "-status");
    Div top = new Div(section, status);
    top.addClassName("case-card-top");
    Div card = Facts.card(top, new Facts()
        .line(id + "-specialty", texts.get("experts.field.specialty"), names.name(a.specialty()))
        .line(id + "-start", texts.get("experts.field.evaluationStart"), Facts.time(a.evaluationStart(), locale))
        .line(id + "-place", texts.get("experts.field.place"), a.remote() ? texts.get("experts.remote") : a.place()));
    card.setId(id);
    card.getElement().setAttribute("data-status", a.status().name());
    return card;
  }

  private Span badge(ExpertState state) {
    Span badge = new Span(texts.get("experts.state." + state.name()));
    badge.addClassNames("status-badge", "expert-state-" + state.name().toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-state", state.name());
    badge.setId("expert-me-state-badge");
    return badge;
  }

  private Div section(String id, String titleKey, Div content) {
    H3 heading = new H3(texts.get(titleKey));
    heading.addClassName("sheet-heading");
    Div section = new Div(heading, content);
    section.setId(id);
    section.addClassName("sheet-section");
    return section;
  }
}
