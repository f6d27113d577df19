package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.FindingView;
import cn.ggzy.server.domain.model.review.ClauseCategory;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The findings of a review as cards, one under the other, with two filters: the officer's decision
 * (待认定 first when any are open) and the category, each choice with its count. The choices stay
 * when the review changes (a finding confirmed or dismissed).
 */
final class FindingList extends Div {
  static final String ALL = "";
  final Select<String> state = new Select<>();
  final Select<String> category = new Select<>();
  final Div cards = new Div();
  final Span none = new Span();
  private final Texts texts;
  private final Locale locale;
  private final SerializableConsumer<FindingView> onConfirm;
  private final SerializableConsumer<FindingView> onDismiss;
  private List<FindingView> findings = List.of();
  private boolean decidable;
  private boolean updating;

  FindingList(Texts texts, Locale locale, SerializableConsumer<FindingView> onConfirm,
      SerializableConsumer<FindingView> onDismiss) {
    this.texts = texts;
    this.locale = locale;
    this.onConfirm = onConfirm;
    this.onDismiss = onDismiss;
    setId("review-findings");
    addClassName("review-findings");
    state.setId("review-filter-state");
    state.setLabel(texts.get("reviews.filter.state"));
    category.setId("review-filter-category");
    category.setLabel(texts.get("reviews.filter.category"));
    state.addValueChangeListener(e -> render());
    category.addValueChangeListener(e -> render());
    Div filters = new Div(state, category);
    filters.addClassName("review-filters");
    cards.setId("review-finding-cards");
    cards.addClassName("review-finding-cards");
    none.setId("review-findings-none");
    none.addClassName("review-empty");
    add(filters, cards, none);
  }

  /** Shows these findings; a chosen filter stays while its value still has findings, else shows all. */
  void show(List<FindingView> list, boolean mayDecide) {
    this.findings = List.copyOf(list);
    this.decidable = mayDecide;
    updating = true;
    try {
      List<String> states = new ArrayList<>(List.of(ALL));
      for (ReviewFinding.State s : ReviewFinding.State.values()) {
        if (count(s.name(), null) > 0) {
          states.add(s.name());
        }
      }
      List<String> categories = new ArrayList<>(List.of(ALL));
      for (ClauseCategory c : ClauseCategory.values()) {
        if (count(null, c.code()) > 0) {
          categories.add(c.code());
        }
      }
      String chosenState = state.getValue();
      String chosenCategory = category.getValue();
      state.setItems(states);
      state.setItemLabelGenerator(s -> (s.isEmpty() ? texts.get("reviews.filter.all")
          : texts.get("reviews.finding.state." + s)) + texts.get("reviews.filter.count", count(s, null)));
      state.setValue(states.contains(chosenState) ? chosenState : ALL);
      category.setItems(categories);
      category.setItemLabelGenerator(c -> (c.isEmpty() ? texts.get("reviews.filter.all")
          : texts.get("reviews.category." + c)) + texts.get("reviews.filter.count", count(null, c)));
      category.setValue(categories.contains(chosenCategory) ? chosenCategory : ALL);
      state.setVisible(!findings.isEmpty());
      category.setVisible(!findings.isEmpty());
    } finally {
      updating = false;
    }
    render();
  }

  /** The cards shown now. */
  List<FindingCard> shown() {
    return cards.getChildren().map(FindingCard.class::cast).toList();
  }

  private int count(String stateCode, String categoryCode) {
    return (int) findings.stream().filter(f -> matches(f, stateCode, categoryCode)).count();
  }

  private static boolean matches(FindingView f, String stateCode, String categoryCode) {
    return (stateCode == null || stateCode.isEmpty() || stateCode.equals(f.state()))
        && (categoryCode == null || categoryCode.isEmpty() || categoryCode.equals(f.category()));
  }

  private void render() {
    if (updating) {
      return;
    }
    cards.removeAll();
    String s = Objects.requireNonNullElse(state.getValue(), ALL);
    String c = Objects.requireNonNullElse(category.getValue(), ALL);
    for (FindingView f : findings) {
      if (matches(f, s, c)) {
        cards.add(new FindingCard(f, texts, locale, decidable, onConfirm, onDismiss));
      }
    }
    none.setText(findings.isEmpty() ? texts.get("reviews.findings.none") : texts.get("reviews.findings.noneFiltered"));
    none.setVisible(cards.getComponentCount() == 0);
  }
}
