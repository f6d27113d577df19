package cn.ggzy.webui.experts.console;

import cn.ggzy.server.domain.model.expert.ExpertSign;
import cn.ggzy.server.domain.model.expert.ExpertSign.SignEvidence;
import cn.ggzy.server.domain.model.expert.ExpertSign.SignKind;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The signs in the evaluation scores, grouped by kind (偏袒某投标人, 与其他专家打分同步, 频繁偏离评标委员会),
 * strongest first: per sign the expert, the bidder or the other expert, the strength in words, the
 * number of sections and the scores behind it (folded). No sign: what the page looks for.
 */
final class ExpertSignList {
  private ExpertSignList() {}

  static Div of(List<ExpertSign> signs, Texts texts) {
    Div list = new Div();
    list.setId("expert-signs");
    list.addClassName("expert-list");
    if (signs.isEmpty()) {
      Paragraph none = new Paragraph(texts.get("experts.signs.empty"));
      none.setId("expert-signs-empty");
      none.addClassName("notice");
      list.add(none);
      return list;
    }
    for (SignKind kind : SignKind.values()) {
      List<ExpertSign> ofKind = signs.stream().filter(s -> s.kind() == kind)
          .sorted(Comparator.comparingDouble(ExpertSign::strength).reversed()).toList();
      if (!ofKind.isEmpty()) {
        list.add(group(kind, ofKind, texts));
      }
    }
    return list;
  }

  private static Div group(SignKind kind, List<ExpertSign> signs, Texts texts) {
    String prefix = "expert-signs-" + kind.name().toLowerCase(Locale.ROOT);
    H3 heading = new H3(texts.get("experts.signs.kind." + kind.name()) + " · "
        + texts.get("experts.signs.count", signs.size()));
    heading.addClassName("sheet-heading");
    Paragraph explanation = new Paragraph(texts.get("experts.signs.kind." + kind.name() + ".explain"));
    explanation.addClassName("filing-note");
    Div group = new Div(heading, explanation);
    group.setId(prefix);
    group.addClassNames("sheet-section", "expert-list");
    group.getElement().setAttribute("data-kind", kind.name());
    int n = 0;
    for (ExpertSign s : signs) {
      group.add(card(prefix + "-" + n++, s, texts));
    }
    return group;
  }

  private static Div card(String id, ExpertSign s, Texts texts) {
    Span expert = new Span(s.expertId());
    expert.setId(id + "-expert");
    expert.addClassName("case-number");
    Div top = new Div(expert);
    top.addClassName("case-card-top");
    Facts facts = new Facts();
    if (s.kind() != SignKind.DEVIATION) {
      facts.line(id + "-subject", texts.get("experts.signs.subject." + s.kind().name()), s.subject());
    }
    facts.line(id + "-strength", texts.get("experts.signs.strength"), strength(s, texts))
        .line(id + "-sections", texts.get("experts.signs.sections"), String.valueOf(s.sections()));
    UnorderedList evidence = new UnorderedList();
    evidence.setId(id + "-evidence");
    evidence.addClassName("timeline");
    for (SignEvidence e : s.evidence()) {
      evidence.add(new ListItem(evidence(s.kind(), e, texts)));
    }
    Details scores = new Details(texts.get("experts.signs.evidence", s.evidence().size()), evidence);
    scores.setId(id + "-scores");
    scores.setWidthFull();
    Div card = Facts.card(top, facts, scores);
    card.setId(id);
    card.getElement().setAttribute("data-kind", s.kind().name());
    return card;
  }

  /** The strength in words: robust standard deviations (FAVOUR), a correlation (TRACKING), a share (DEVIATION). */
  static String strength(ExpertSign s, Texts texts) {
    String value = switch (s.kind()) {
      case FAVOUR -> decimals(s.strength(), 1);
      case TRACKING -> decimals(s.strength(), 2);
      case DEVIATION -> decimals(s.strength() * 100, 0);
    };
    return texts.get("experts.signs.strength." + s.kind().name(), value);
  }

  /** One score behind a sign: section, bidder, item, the expert's score, the other's (TRACKING), the panel's median. */
  static String evidence(SignKind kind, SignEvidence e, Texts texts) {
    if (kind == SignKind.TRACKING && e.otherScore() != null) {
      return texts.get("experts.signs.evidence.lineTracking", e.section(), e.bidder(), e.item(), number(e.score()),
          number(e.otherScore()), number(e.panelMedian()));
    }
    return texts.get("experts.signs.evidence.line", e.section(), e.bidder(), e.item(), number(e.score()),
        number(e.panelMedian()));
  }

  /** A score as written: 85, 7.5, 82.25. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String decimals(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
