package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Locale;

/**
 * The unsealed panel: every expert invited for the draw, in the order drawn, with the specialty,
 * the round, the answer and when it came, and the masked phone; below, the member's actions (the
 * rating of the evaluation, {@link PanelRatings}).
 */
final class ExpertPanelList {
  private ExpertPanelList() {}

  static Div of(List<PanelMember> members, Texts texts, Locale locale, SpecialtyNames names) {
    return of(members, texts, locale, names, m -> null);
  }

  /** As {@link #of(List, Texts, Locale, SpecialtyNames)}, each card ending with its member's {@code actions}. */
  static Div of(List<PanelMember> members, Texts texts, Locale locale, SpecialtyNames names,
      SerializableFunction<PanelMember, Component> actions) {
    Div list = new Div();
    list.setId("expert-draw-panel");
    list.addClassName("expert-panel");
    if (members.isEmpty()) {
      list.add(new Span(texts.get("experts.panel.none")));
    }
    for (PanelMember m : members) {
      Span name = new Span(m.name());
      name.addClassName("expert-panel-name");
      Span status = new Span(texts.get("experts.assignment." + m.status().name()));
      status.addClassNames("status-badge", "expert-assignment-" + m.status().name().toLowerCase(Locale.ROOT));
      Div top = new Div(name, status);
      top.addClassName("case-card-top");
      Div card = Facts.card(top, new Facts()
          .line("expert-panel-work-" + m.expertId(), texts.get("experts.column.work"), m.employer() + " · " + m.title())
          .line("expert-panel-specialty-" + m.expertId(), texts.get("experts.field.specialty"), names.name(m.specialty()))
          .line("expert-panel-round-" + m.expertId(), texts.get("experts.panel.round"), String.valueOf(m.round()))
          .line("expert-panel-answered-" + m.expertId(), texts.get("experts.panel.answeredAt"),
              m.answeredAt() == null ? null : CaseFormats.dateTime(m.answeredAt(), locale))
          .line("expert-panel-phone-" + m.expertId(), texts.get("filing.phone"), m.maskedPhone()));
      card.getElement().setAttribute("data-expert", m.expertId());
      Component own = actions.apply(m);
      if (own != null) {
        card.add(own);
      }
      list.add(card);
    }
    return list;
  }
}
