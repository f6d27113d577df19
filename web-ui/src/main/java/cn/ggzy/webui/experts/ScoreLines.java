package cn.ggzy.webui.experts;

import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertScore.RatingLine;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Function;

/**
 * An expert's score from the 一标一评 ratings, explained like the credit score: the score (or that
 * there is no rating yet), how many ratings and how many with an item of 2 or less, how the weights
 * fade, and each rating — the section, when, its points, its weight now, the negative mark and the
 * note. The office's page links each section to its draw; the expert's own page does not.
 */
public final class ScoreLines {
  private ScoreLines() {}

  /**
   * The score as a sheet section with id {@code prefix}; {@code drawLink} gives the address of a
   * draw's page (null: the sections are not links).
   */
  public static Div of(String prefix, ExpertScore score, Texts texts, Locale locale,
      Function<String, String> drawLink) {
    Div section = new Div();
    section.setId(prefix);
    section.addClassNames("sheet-section", "expert-score");
    H3 heading = new H3(texts.get("experts.score.title"));
    heading.addClassName("sheet-heading");
    Span value = new Span(score.score() == null ? texts.get("experts.score.none")
        : texts.get("experts.score.points", points(score.score())));
    value.setId(prefix + "-value");
    value.addClassName("expert-score-value");
    value.getElement().setAttribute("data-score", score.score() == null ? "" : points(score.score()));
    Facts counts = new Facts()
        .line(prefix + "-ratings", texts.get("experts.score.ratings"), String.valueOf(score.ratings()))
        .line(prefix + "-negative", texts.get("experts.score.negative"), String.valueOf(score.negative()));
    Paragraph explanation = new Paragraph(texts.get("experts.score.explanation"));
    explanation.addClassName("filing-note");
    section.add(heading, value, counts, explanation);
    if (score.lines().isEmpty()) {
      return section;
    }
    H3 lines = new H3(texts.get("experts.score.lines"));
    lines.addClassName("sheet-heading");
    Div list = new Div();
    list.setId(prefix + "-lines");
    list.addClassName("expert-list");
    int n = 0;
    for (RatingLine line : score.lines()) {
      list.add(line(prefix + "-line-" + n++, line, texts, locale, drawLink));
    }
    section.add(lines, list);
    return section;
  }

  private static Component line(String id, RatingLine l, Texts texts, Locale locale,
      Function<String, String> drawLink) {
    Component name;
    if (drawLink == null) {
      name = new Span(l.sectionName());
    } else {
      Anchor link = new Anchor(drawLink.apply(l.drawId()), l.sectionName());
      link.getElement().setAttribute("router-link", true);
      link.addClassName("case-number");
      name = link;
    }
    Div top = new Div(name);
    top.addClassName("case-card-top");
    if (l.negative()) {
      Span negative = new Span(texts.get("experts.score.line.negative"));
      negative.addClassNames("status-badge", "expert-rating-negative");
      negative.setId(id + "-negative");
      top.add(negative);
    }
    Div card = Facts.card(top, new Facts()
        .line(id + "-rated-at", texts.get("experts.score.line.ratedAt"), Facts.time(l.ratedAt(), locale))
        .line(id + "-points", texts.get("experts.score.line.points"), texts.get("experts.score.points",
            points(l.points())))
        .line(id + "-weight", texts.get("experts.score.line.weight"), weight(l.weight()))
        .line(id + "-note", texts.get("experts.score.line.note"), l.note() == null || l.note().isBlank() ? null
            : l.note()));
    card.setId(id);
    card.getElement().setAttribute("data-draw", l.drawId());
    card.getElement().setAttribute("data-negative", String.valueOf(l.negative()));
    return card;
  }

  /** Points out of 100 with at most one decimal: 85, 87.5. */
  static String points(double points) {
    double rounded = Math.round(points * 10) / 10.0;
    return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** A weight between 0 and 1 with three decimals: 0.871. */
  static String weight(double weight) {
    return String.format(Locale.ROOT, "%.3f", weight);
  }
}
