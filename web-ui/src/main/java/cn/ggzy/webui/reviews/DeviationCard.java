package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.DeviationView;
import cn.ggzy.server.application.DocumentReviews.WordChangeView;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;

/**
 * One way the document departs from the model text, as a card that reads on a phone: its number and
 * kind (改动, 新增, 删除) as a badge, where it stands in the document and in the model text (第N页 第M段),
 * and its words: a changed clause as the model's words with those the document dropped struck through
 * ({@code <del>}) and those it put in marked ({@code <ins>}); an added clause as the document has it;
 * a removed clause as the model has it.
 */
final class DeviationCard extends Div {
  DeviationCard(int number, DeviationView d, Texts texts) {
    String prefix = "deviation-" + number;
    setId(prefix);
    addClassNames("review-finding", "review-deviation");
    getElement().setAttribute("data-kind", d.kind());
    Span n = new Span(texts.get("reviews.finding.number", String.valueOf(number)));
    n.addClassName("review-finding-number");
    Span kind = new Span(texts.get("reviewCompare.kind." + d.kind()));
    kind.setId(prefix + "-kind");
    kind.addClassNames("status-badge", "review-deviation-" + d.kind().toLowerCase(Locale.ROOT));
    kind.getElement().setAttribute("data-kind", d.kind());
    Div top = new Div(n, kind);
    top.addClassName("case-card-top");
    if ("CHANGED".equals(d.kind())) {
      Span similarity = new Span(texts.get("reviewCompare.similarity", Math.round(d.similarity() * 100)));
      similarity.addClassName("review-finding-place");
      top.add(similarity);
    }
    Span place = new Span(place(d, texts));
    place.setId(prefix + "-place");
    place.addClassName("review-finding-place");
    Div words = switch (d.kind()) {
      case "CHANGED" -> changes(d.changes());
      case "ADDED" -> quote(d.clause());
      default -> quote(d.modelClause());
    };
    words.setId(prefix + "-text");
    add(top, place, words);
  }

  /** 第2页 第3段（范本第2页 第4段）, 第2页 第3段 for an added clause, 范本第2页 第4段 for a removed one. */
  static String place(DeviationView d, Texts texts) {
    String here = texts.get("reviews.finding.place", String.valueOf(d.page()), String.valueOf(d.paragraph()));
    String model = texts.get("reviewCompare.modelPlace", String.valueOf(d.modelPage()),
        String.valueOf(d.modelParagraph()));
    return switch (d.kind()) {
      case "CHANGED" -> texts.get("reviewCompare.placeBoth", here, model);
      case "ADDED" -> here;
      default -> texts.get("reviewCompare.removedPlace", String.valueOf(d.modelPage()),
          String.valueOf(d.modelParagraph()));
    };
  }

  /** The model's words turned into the document's: kept as text, removed in {@code <del>}, added in {@code <ins>}. */
  static Div changes(List<WordChangeView> changes) {
    Div text = new Div();
    text.addClassNames("review-clause", "review-word-changes");
    for (WordChangeView c : changes == null ? List.<WordChangeView>of() : changes) {
      String word = c.text() == null ? "" : c.text();
      switch (c.op()) {
        case "REMOVED" -> text.getElement().appendChild(new Element("del").setText(word));
        case "ADDED" -> text.getElement().appendChild(new Element("ins").setText(word));
        default -> text.getElement().appendChild(Element.createText(word));
      }
    }
    return text;
  }

  private static Div quote(String clause) {
    Div text = new Div();
    text.addClassName("review-clause");
    text.setText(clause == null ? "" : clause);
    return text;
  }
}
