package cn.ggzy.webui.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.DocumentReviews.RuleBookView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.ConsolePage;
import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * 审查规则: the region's rule book of the tender-document review, its version, rules and history.
 * Those who keep it (the office) edit the text and save it as the next version with a reason; the
 * backend refuses a book in which a rule misses one of its own examples, and says which. Under it the
 * region's model texts (范本) of tender documents, which the office imports here and reviews are
 * compared with.
 */
@Route(value = ReviewNavigation.RULES, layout = MainLayout.class)
@StyleSheet("context://styles/reviews.css")
@Dependent
public class ReviewRulesView extends ConsolePage {
  private final DocumentReviews reviews;
  private final Texts texts = this::getTranslation;
  private final Div summary = new Div();
  private RuleBookEditor editor;
  private ModelTextPanel models;
  private Caller caller;

  @Inject
  public ReviewRulesView(DocumentReviews reviews) {
    super(Permission.REVIEW_DOCUMENTS, "reviewRules.title");
    this.reviews = reviews;
    addClassName("review-view");
    summary.setWidthFull();
  }

  @Override
  protected void enter(Caller officer, BeforeEnterEvent event) {
    caller = officer;
    if (editor == null) {
      boolean keeper = caller.may(Permission.KEEP_RULE_BOOK);
      editor = new RuleBookEditor(texts, keeper);
      editor.onSave(this::save);
      models = new ModelTextPanel(texts, getLocale(), keeper);
      models.onImport(this::importModel);
      models.setWidthFull();
      addContent(intro(keeper ? "reviewRules.intro.keeper" : "reviewRules.intro"), summary,
          partHeading(keeper ? "reviewRules.edit" : "reviewRules.read", null), editor, models,
          pageLink(ReviewNavigation.LIST, "reviews.back", "review-rules-back"));
    }
    DomainErrors.run(() -> show(reviews.ruleBook(caller)), getLocale(), editor);
    models.show(DomainErrors.orElse(() -> reviews.modelTexts(caller), e -> List.of()));
  }

  /** A model text imported by the office: listed at once, newest first. */
  private void importModel(String name, String fileName, byte[] content) {
    DomainErrors.attempt(() -> reviews.importModelText(caller, name, fileName, content), getLocale(), models)
        .ifPresentOrElse(imported -> {
          DomainErrors.confirm(getTranslation("reviewModels.imported", imported.name(), imported.clauses()));
          models.imported();
          models.show(DomainErrors.orElse(() -> reviews.modelTexts(caller), e -> List.of(imported)));
        }, models::failed);
  }

  private void show(RuleBookView book) {
    summary.removeAll();
    summary.add(RuleBookHistory.build(book, texts, getLocale()));
    editor.load(book);
  }

  private void save(RuleBookEditor.Edit edit) {
    DomainErrors.orElse(() -> Optional.of(reviews.saveRuleBook(caller, edit.text(), edit.editedFrom(), edit.note())),
        e -> {
          if (e instanceof RuleBookRefusedException refused) {
            editor.refused(Messages.text(e.code(), getLocale()), refused.detail());
          } else {
            DomainErrors.show(e, getLocale(), editor);
          }
          return Optional.<RuleBookView>empty();
        }).ifPresent(saved -> {
          DomainErrors.confirm(getTranslation("reviewRules.saved.done", saved.version()));
          show(saved);
        });
  }
}
