package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.ExpertPool.DisqualificationView;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Locale;

/**
 * The requests to cancel one expert's qualification (提请记录), newest first as the office lists
 * them: the case, the state (待答复, 已取消资格, 不予取消), the body asked, who sent it and when, the
 * facts and rules, the answer once recorded; each card ends with the request's actions (the letter,
 * and the answer while it is awaited).
 */
final class DisqualificationList {
  private DisqualificationList() {}

  /** {@code all}: the office's requests; only those for {@code expertId} are shown. */
  static Div of(List<DisqualificationView> all, String expertId, Texts texts, Locale locale,
      SerializableFunction<DisqualificationView, Component> actions) {
    Div list = new Div();
    list.setId("expert-disqualifications");
    list.addClassName("expert-list");
    List<DisqualificationView> own = all.stream().filter(r -> r.expertId().equals(expertId)).toList();
    if (own.isEmpty()) {
      Span none = new Span(texts.get("experts.disqualification.none"));
      none.setId("expert-disqualifications-none");
      list.add(none);
    }
    for (DisqualificationView r : own) {
      list.add(card(r, texts, locale, actions));
    }
    return list;
  }

  private static Div card(DisqualificationView r, Texts texts, Locale locale,
      SerializableFunction<DisqualificationView, Component> actions) {
    String prefix = "expert-disqualification-" + r.id();
    Span number = new Span(r.caseNumber());
    number.addClassName("case-number");
    Div top = new Div(number, badge(r.state(), texts, prefix + "-state"));
    top.addClassName("case-card-top");
    Facts facts = new Facts()
        .line(prefix + "-addressee", texts.get("experts.disqualification.addressee"), r.addressee())
        .line(prefix + "-sent", texts.get("experts.disqualification.sentBy"),
            r.sentBy() + " · " + Facts.time(r.sentAt(), locale))
        .line(prefix + "-facts", texts.get("experts.disqualification.facts"), r.facts())
        .line(prefix + "-legal-basis", texts.get("experts.disqualification.legalBasis"), r.legalBasis());
    if (r.answeredAt() != null) {
      facts.line(prefix + "-answered-at", texts.get("experts.disqualification.answeredAt"),
              Facts.time(r.answeredAt(), locale))
          .line(prefix + "-answer-note", texts.get("experts.disqualification.answerNote"), r.answerNote());
    }
    Div card = Facts.card(top, facts);
    card.setId(prefix);
    card.getElement().setAttribute("data-state", r.state().name());
    Component own = actions.apply(r);
    if (own != null) {
      card.add(own);
    }
    return card;
  }

  static Span badge(Disqualification.State state, Texts texts, String id) {
    Span badge = new Span(texts.get("experts.disqualification.state." + state.name()));
    badge.addClassNames("status-badge", "expert-disqualification-" + state.name().toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-state", state.name());
    badge.setId(id);
    return badge;
  }
}
