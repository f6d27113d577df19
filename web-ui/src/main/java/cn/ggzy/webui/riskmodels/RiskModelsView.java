package cn.ggzy.webui.riskmodels;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RiggingModels;
import cn.ggzy.server.application.RiggingModels.LabelRequest;
import cn.ggzy.server.application.RiggingModels.LabelView;
import cn.ggzy.server.application.RiggingModels.Overview;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.ConsolePage;
import cn.ggzy.webui.layout.Labels;
import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * 从处置结果中学习: the model that scores the region's sections, the labels so far, the training runs
 * and the labels (the department's; the office's: the whole region's). An officer who reviews warnings
 * labels a section of their department directly; the office trains now and rolls back, each rollback
 * confirmed first.
 */
@Route(value = RiskModelNavigation.ROUTE, layout = MainLayout.class)
@StyleSheet("context://styles/riskmodels.css")
@Dependent
public class RiskModelsView extends ConsolePage {
  private final RiggingModels models;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final Div overview = new Div();
  private final Div runs = new Div();
  private final Div labels = new Div();
  private final SectionLabelForm form = new SectionLabelForm(texts);
  private Caller caller;
  private boolean office;

  @Inject
  public RiskModelsView(RiggingModels models, TenantDirectory directory) {
    super(Permission.REVIEW_WARNINGS, "riskModels.title");
    this.models = models;
    this.directory = directory;
    addClassName("riskmodel-view");
    for (Div part : new Div[] {overview, runs, labels}) {
      part.setWidthFull();
    }
    form.onSubmit(this::label);
    Paragraph formIntro = new Paragraph(getTranslation("riskModels.label.intro"));
    formIntro.addClassName("filing-explanation");
    addContent(pageLink("console/warnings", "riskModels.back", "riskmodels-back"), intro("riskModels.intro"),
        partHeading("riskModels.overview", "riskmodels-overview-heading"), overview,
        partHeading("riskModels.runs.title", "riskmodels-runs-heading"), runs,
        partHeading("riskModels.label.title", "riskmodels-label-heading"), formIntro, form,
        partHeading("riskModels.labels.title", "riskmodels-labels-heading"), labels);
  }

  @Override
  protected void enter(Caller officer, BeforeEnterEvent event) {
    caller = officer;
    office = officer.may(Permission.OFFICE_WORK);
    load();
  }

  private void load() {
    DomainErrors.run(() -> show(models.overview(caller)), getLocale(), FieldErrors.NONE);
  }

  private void show(Overview o) {
    RiskModelCards cards = new RiskModelCards(texts, getLocale(), this::departmentName, office, this::train,
        this::confirmRollback);
    overview.removeAll();
    overview.add(cards.overview(o));
    runs.removeAll();
    runs.add(cards.runs(o));
    labels.removeAll();
    labels.add(cards.labels(o));
  }

  private void train() {
    DomainErrors.attempt(() -> models.train(caller), getLocale(), FieldErrors.NONE).ifPresent(m ->
        DomainErrors.confirm(getTranslation("riskModels.trained", m.name(),
            Labels.pick(getLocale(), m.statusText(), m.statusTextEn()))));
    load();
  }

  /** 回退 after a confirmation: to {@code version}, or to the screen index when it is null. */
  private void confirmRollback(Integer version) {
    Paragraph question = new Paragraph(version == null ? getTranslation("riskModels.rollback.toIndex")
        : getTranslation("riskModels.rollback.toVersion", String.valueOf(version)));
    question.setId("riskmodels-rollback-question");
    Dialog dialog = new Dialog(question);
    dialog.setId("riskmodels-rollback-dialog");
    dialog.setHeaderTitle(getTranslation("riskModels.rollback.title"));
    dialog.setWidth("min(100vw, 32em)");
    Button cancel = new Button(getTranslation("riskModels.cancel"), e -> dialog.close());
    cancel.setId("riskmodels-rollback-cancel");
    Button confirm = new Button(getTranslation("riskModels.rollback.confirm"), e -> {
      dialog.close();
      DomainErrors.attempt(() -> models.rollback(caller, version), getLocale(), FieldErrors.NONE).ifPresent(o -> {
        DomainErrors.confirm(getTranslation("riskModels.rolledBack", Labels.pick(getLocale(), o.inUseText(),
            o.inUseTextEn())));
        show(o);
      });
    });
    confirm.setId("riskmodels-rollback-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  /**
   * The officer's label: shown in the list once taken; a refusal at its field (a section the
   * department has no bids of, in the page's words).
   */
  private void label(LabelRequest request) {
    Optional<LabelView> taken = DomainErrors.orElse(() -> Optional.of(models.label(caller, request)), e -> {
      if (e instanceof NotFoundException && "sectionCode".equals(e.field())) {
        form.showFieldError("sectionCode", getTranslation("riskModels.label.sectionNotFound"));
      } else {
        DomainErrors.show(e, getLocale(), form);
      }
      return Optional.empty();
    });
    taken.ifPresent(l -> {
      form.clear();
      DomainErrors.confirm(getTranslation("riskModels.label.saved", l.projectCode(), l.sectionCode(),
          getTranslation(l.rigged() ? "riskModels.rigged" : "riskModels.clean")));
      load();
    });
  }

  private String departmentName(String tenant) {
    return DepartmentNames.name(directory, tenant, getLocale());
  }
}
