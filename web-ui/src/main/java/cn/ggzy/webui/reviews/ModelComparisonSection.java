package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.DocumentReviews.Comparison;
import cn.ggzy.server.application.DocumentReviews.DeviationView;
import cn.ggzy.server.application.DocumentReviews.ModelTextView;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 与范本比对: the review's latest document compared with a model text (范本) of the region the officer
 * chooses. The answer is counted (改动, 新增, 删除 clauses) and each deviation shown as a card, filtered
 * by kind and shown {@value #STEP} at a time, so a long document stays light on a phone. Without a
 * model text in the region the section says who imports one, and where.
 */
final class ModelComparisonSection extends Div implements FieldErrors {
  static final int STEP = 30;
  static final String ALL = "";
  static final List<String> KINDS = List.of("CHANGED", "ADDED", "REMOVED");
  final Select<ModelTextView> model = new Select<>();
  final Button compare = new Button();
  final Paragraph hint = new Paragraph();
  final Anchor rules;
  final Div result = new Div();
  final Span counts = new Span();
  final Select<String> kind = new Select<>();
  final Div cards = new Div();
  final Span none = new Span();
  final Button more = new Button();
  private final Texts texts;
  private List<DeviationView> deviations = List.of();
  private int shown = STEP;
  private boolean updating;

  ModelComparisonSection(Texts texts, SerializableConsumer<String> onCompare) {
    this.texts = texts;
    setId("review-compare");
    addClassNames("sheet-section", "review-compare");
    H3 heading = new H3(texts.get("reviewCompare.title"));
    heading.addClassName("sheet-heading");
    heading.setId("review-compare-heading");
    hint.setId("review-compare-hint");
    hint.addClassName("filing-note");
    rules = new Anchor(ReviewNavigation.RULES, texts.get("reviewCompare.rulesLink"));
    rules.getElement().setAttribute("router-link", true);
    rules.setId("review-compare-rules");
    model.setId("review-compare-model");
    model.setLabel(texts.get("reviewCompare.model"));
    model.setItemLabelGenerator(m -> texts.get("reviewCompare.modelLabel", m.name(), m.clauses()));
    model.setEmptySelectionAllowed(false);
    model.addValueChangeListener(e -> model.setInvalid(false));
    compare.setId("review-compare-button");
    compare.setText(texts.get("reviewCompare.button"));
    compare.setIcon(VaadinIcon.SPLIT.create());
    compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    compare.setDisableOnClick(true);
    compare.addClickListener(e -> {
      ModelTextView chosen = model.getValue();
      if (chosen == null) {
        FieldErrors.mark(model, texts.get("reviewCompare.model.missing"));
        compare.setEnabled(true);
        return;
      }
      onCompare.accept(chosen.id());
    });
    Div choice = new Div(model, compare);
    choice.addClassName("review-compare-choice");

    counts.setId("review-compare-counts");
    counts.addClassName("case-owner");
    Paragraph legend = new Paragraph();
    legend.setId("review-compare-legend");
    legend.addClassName("filing-note");
    legend.add(new Span(texts.get("reviewCompare.legend.before")));
    legend.getElement().appendChild(new Element("del")
        .setText(texts.get("reviewCompare.legend.removed")));
    legend.add(new Span(texts.get("reviewCompare.legend.between")));
    legend.getElement().appendChild(new Element("ins")
        .setText(texts.get("reviewCompare.legend.added")));
    legend.add(new Span(texts.get("reviewCompare.legend.after")));
    kind.setId("review-compare-kind");
    kind.setLabel(texts.get("reviewCompare.filter"));
    kind.addValueChangeListener(e -> {
      if (!updating) {
        shown = STEP;
        render();
      }
    });
    cards.setId("review-deviation-cards");
    cards.addClassName("review-finding-cards");
    none.setId("review-compare-none");
    none.addClassName("review-empty");
    more.setId("review-deviation-more");
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(e -> {
      shown += STEP;
      render();
    });
    result.setId("review-comparison");
    result.addClassName("review-comparison");
    Div filters = new Div(kind);
    filters.addClassName("review-filters");
    result.add(counts, legend, filters, cards, none, more);
    result.setVisible(false);
    add(heading, hint, rules, choice, result);
  }

  /** The region's model texts: the newest is chosen; none, and the section says where they come from. */
  void models(List<ModelTextView> models) {
    ModelTextView before = model.getValue();
    model.setItems(models);
    model.setValue(models.stream().filter(m -> before != null && m.id().equals(before.id())).findFirst()
        .orElse(models.isEmpty() ? null : models.get(0)));
    boolean any = !models.isEmpty();
    hint.setText(texts.get(any ? "reviewCompare.hint" : "reviewCompare.noModels"));
    rules.setVisible(!any);
    model.setVisible(any);
    compare.setVisible(any);
  }

  /** The comparison's counts and cards, all kinds shown first. */
  void show(Comparison c) {
    compare.setEnabled(true);
    deviations = List.copyOf(c.deviations());
    counts.setText(c.deviations().isEmpty() ? texts.get("reviewCompare.same", c.modelName())
        : texts.get("reviewCompare.counts", c.modelName(), c.changed(), c.added(), c.removed()));
    updating = true;
    try {
      List<String> kinds = new ArrayList<>(List.of(ALL));
      KINDS.stream().filter(k -> count(k) > 0).forEach(kinds::add);
      kind.setItems(kinds);
      kind.setItemLabelGenerator(k -> (k.isEmpty() ? texts.get("reviews.filter.all")
          : texts.get("reviewCompare.kind." + k)) + texts.get("reviews.filter.count", count(k)));
      kind.setValue(ALL);
      kind.setVisible(!deviations.isEmpty());
    } finally {
      updating = false;
    }
    shown = STEP;
    result.setVisible(true);
    render();
  }

  /** The comparison was refused: the button works again. */
  void failed() {
    compare.setEnabled(true);
  }

  /** The document changed (a corrected version): an earlier answer no longer holds. */
  void clear() {
    deviations = List.of();
    cards.removeAll();
    result.setVisible(false);
  }

  /** The cards shown now. */
  List<DeviationCard> shownCards() {
    return cards.getChildren().map(DeviationCard.class::cast).toList();
  }

  private int count(String k) {
    return (int) deviations.stream().filter(d -> k.isEmpty() || k.equals(d.kind())).count();
  }

  private void render() {
    cards.removeAll();
    String k = Objects.requireNonNullElse(kind.getValue(), ALL);
    int total = 0;
    for (int i = 0; i < deviations.size(); i++) {
      DeviationView d = deviations.get(i);
      if (k.isEmpty() || k.equals(d.kind())) {
        total++;
        if (total <= shown) {
          cards.add(new DeviationCard(i + 1, d, texts));
        }
      }
    }
    none.setText(texts.get("reviewCompare.none"));
    none.setVisible(deviations.isEmpty());
    more.setText(texts.get("reviewCompare.more", Math.min(STEP, total - shown), total - shown));
    more.setVisible(total > shown);
  }

  @Override
  public boolean showFieldError(String field, String message) {
    return "modelTextId".equals(field) && FieldErrors.mark(model, message);
  }
}
