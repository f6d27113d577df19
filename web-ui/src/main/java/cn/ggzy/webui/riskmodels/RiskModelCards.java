package cn.ggzy.webui.riskmodels;

import cn.ggzy.server.application.RiggingModels.LabelView;
import cn.ggzy.server.application.RiggingModels.ModelView;
import cn.ggzy.server.application.RiggingModels.Overview;
import cn.ggzy.webui.cases.CaseFormats;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Locale;

/**
 * The parts of the page as read on a phone, in the page's language: the model in use with the labels
 * so far and how many a training needs; the training runs as cards (version, when and by whom, the
 * labels of each class, the model's and the screen index's validated ROC-AUC, status and seed); the
 * labels as cards (department, section, rigged or clean in words, where the label came from, its
 * reference and reason, who and when). For the office, the buttons to train now and to roll back (to
 * an earlier run that beat the index, or to the screen index while a region model is in use).
 */
final class RiskModelCards {
  /** The name of the default model, the screen index. */
  static final String INDEX = "screen-index-1";
  private static final String CLASSES = "riskmodel";
  private static final String NOT_BETTER = "NOT_BETTER";
  private static final String ACTIVE = "ACTIVE";
  private final Texts texts;
  private final Locale locale;
  private final SerializableFunction<String, String> departmentName;
  private final boolean office;
  private final SerializableRunnable onTrain;
  private final SerializableConsumer<Integer> onRollback;

  /**
   * @param departmentName the name of a department (its tenant id) in the page's language
   * @param office whether the buttons of the office are shown
   * @param onTrain what "train now" does
   * @param onRollback what a rollback does, with the version to use again (null: the screen index)
   */
  RiskModelCards(Texts texts, Locale locale, SerializableFunction<String, String> departmentName, boolean office,
      SerializableRunnable onTrain, SerializableConsumer<Integer> onRollback) {
    this.texts = texts;
    this.locale = locale;
    this.departmentName = departmentName;
    this.office = office;
    this.onTrain = onTrain;
    this.onRollback = onRollback;
  }

  /** The model in use, the labels so far and what a training needs; the office's buttons under them. */
  Div overview(Overview o) {
    Div facts = Labels.facts(CLASSES,
        Labels.line(CLASSES, "riskmodels-in-use", texts.get("riskModels.field.inUse"),
            Labels.pick(locale, o.inUseText(), o.inUseTextEn())));
    if (regionModelInUse(o)) {
      facts.add(Labels.line(CLASSES, "riskmodels-in-use-name", texts.get("riskModels.field.inUseName"), o.inUse()));
    }
    facts.add(Labels.line(CLASSES, "riskmodels-counts", texts.get("riskModels.field.labels"),
            texts.get("riskModels.counts", o.rigged(), o.clean())),
        Labels.line(CLASSES, "riskmodels-needed", texts.get("riskModels.field.needed"),
            texts.get("riskModels.needed", o.neededPerClass())));
    Paragraph explain = new Paragraph(texts.get("riskModels.explain"));
    explain.setId("riskmodels-explain");
    explain.addClassName("filing-explanation");
    Div block = new Div(facts, explain);
    block.setId("riskmodels-overview");
    block.addClassNames("riskmodel-card", "riskmodel-overview");
    block.getElement().setAttribute("data-in-use", o.inUse());
    if (office) {
      Button train = Labels.action(new Button(), "riskmodels-train", texts.get("riskModels.train"), VaadinIcon.COGS,
          onTrain);
      train.setDisableOnClick(true);
      Div buttons = Labels.actions(train);
      if (regionModelInUse(o)) {
        buttons.add(Labels.action(new Button(), "riskmodels-rollback-index", texts.get("riskModels.rollbackIndex"),
            VaadinIcon.ARROW_BACKWARD, () -> onRollback.accept(null)));
      }
      block.add(buttons);
    }
    return block;
  }

  /** The training runs, newest first, as cards; a sentence when the region has none. */
  Div runs(Overview o) {
    Div list = new Div();
    list.setId("riskmodels-runs");
    list.addClassName("riskmodel-cards");
    o.models().forEach(m -> list.add(run(m)));
    if (o.models().isEmpty()) {
      list.add(none("riskmodels-runs-none", "riskModels.runs.none"));
    }
    return list;
  }

  private Div run(ModelView m) {
    String id = "riskmodels-run-" + m.version();
    Div card = card(id, "riskmodel-run");
    card.getElement().setAttribute("data-status", m.status());
    card.add(Labels.top(title(m.name()), Labels.badge(Labels.pick(locale, m.statusText(), m.statusTextEn()),
        "riskmodel-status-" + Labels.classOf(m.status()), "data-status", m.status(), id + "-status")));
    card.add(Labels.facts(CLASSES,
        Labels.line(CLASSES, id + "-version", texts.get("riskModels.run.version"), String.valueOf(m.version())),
        Labels.line(CLASSES, id + "-trained", texts.get("riskModels.run.trained"),
            CaseFormats.dateTime(m.trainedAt(), locale)),
        Labels.line(CLASSES, id + "-by", texts.get("riskModels.run.by"), m.trainedBy()),
        Labels.line(CLASSES, id + "-labels", texts.get("riskModels.run.labels"),
            texts.get("riskModels.counts", m.positives(), m.negatives())),
        Labels.line(CLASSES, id + "-auc", texts.get("riskModels.run.auc"),
            texts.get("riskModels.run.aucValue", auc(m.modelAuc()), auc(m.indexAuc()))),
        Labels.line(CLASSES, id + "-seed", texts.get("riskModels.run.seed"), String.valueOf(m.seed()))));
    if (office && mayRollBackTo(m)) {
      Button rollback = Labels.action(new Button(), id + "-rollback", texts.get("riskModels.run.rollback"),
          VaadinIcon.ARROW_BACKWARD, () -> onRollback.accept(m.version()));
      rollback.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
      Div buttons = new Div(rollback);
      buttons.addClassName("case-actions");
      card.add(buttons);
    }
    return card;
  }

  /** The labels, newest first, as cards; a sentence when there are none. */
  Div labels(Overview o) {
    Div list = new Div();
    list.setId("riskmodels-labels");
    list.addClassName("riskmodel-cards");
    for (int i = 0; i < o.labels().size(); i++) {
      list.add(label(i, o.labels().get(i)));
    }
    if (o.labels().isEmpty()) {
      list.add(none("riskmodels-labels-none", "riskModels.labels.none"));
    }
    return list;
  }

  private Div label(int index, LabelView l) {
    String id = "riskmodels-label-" + index;
    Div card = card(id, "riskmodel-section-label");
    card.getElement().setAttribute("data-section", l.projectCode() + "/" + l.sectionCode());
    card.getElement().setAttribute("data-rigged", String.valueOf(l.rigged()));
    Span title = title(l.projectCode() + " / " + l.sectionCode());
    title.setId(id + "-section");
    card.add(Labels.top(title, Labels.badge(texts.get(l.rigged() ? "riskModels.rigged" : "riskModels.clean"),
        l.rigged() ? "riskmodel-rigged" : "riskmodel-clean", "data-rigged", String.valueOf(l.rigged()),
        id + "-finding")));
    card.add(Labels.facts(CLASSES,
        Labels.line(CLASSES, id + "-department", texts.get("riskModels.labels.department"),
            departmentName.apply(l.department())),
        Labels.line(CLASSES, id + "-source", texts.get("riskModels.labels.source"),
            Labels.pick(locale, l.sourceText(), l.sourceTextEn())),
        Labels.line(CLASSES, id + "-reference", texts.get("riskModels.labels.reference"), l.reference()),
        Labels.line(CLASSES, id + "-reason", texts.get("riskModels.labels.reason"), l.reason()),
        Labels.line(CLASSES, id + "-by", texts.get("riskModels.labels.by"), Labels.byAt(l.by(), l.at(), locale))));
    return card;
  }

  /** A run that beat the index and is not in use: the office may use it again. */
  static boolean mayRollBackTo(ModelView m) {
    return !NOT_BETTER.equals(m.status()) && !ACTIVE.equals(m.status());
  }

  /** A region model scores the region (not the screen index). */
  static boolean regionModelInUse(Overview o) {
    return o.inUse() != null && !INDEX.equals(o.inUse());
  }

  /** A ROC-AUC with 3 decimals; — when it could not be computed. */
  static String auc(Double value) {
    return value == null || value.isNaN() ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static Div card(String id, String className) {
    Div card = new Div();
    card.setId(id);
    card.addClassNames("riskmodel-card", className);
    return card;
  }

  private static Span title(String text) {
    Span title = new Span(text);
    title.addClassName("riskmodel-card-title");
    return title;
  }

  private Span none(String id, String key) {
    Span none = new Span(texts.get(key));
    none.setId(id);
    none.addClassName("riskmodel-empty");
    return none;
  }
}
