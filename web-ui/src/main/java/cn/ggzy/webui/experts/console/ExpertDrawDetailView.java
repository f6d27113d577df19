package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.ExpertDraws;
import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.server.application.ExpertDraws.RatingInput;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.webui.credit.console.ReasonForm;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.DrawForm;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * One draw: the sheet (request, state, counts, each round's commitment); while committed, the draw
 * with the witness (监督人) and the value the witness enters; before the evaluation, the withdrawal
 * with a reason; the panel, unsealed once the evaluation has started (each read audited) — before
 * that the button stays disabled and says why. On the unsealed panel, each expert still on it is
 * rated (一标一评) and a rating with an item of 2 or less may be entered into the credit file.
 */
@Route(value = ExpertNavigation.DRAWS + "/:drawId", layout = MainLayout.class)
@Dependent
public class ExpertDrawDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertDraws draws;
  private final ExpertPool pool;
  private final TenantDirectory directory;
  private final Texts texts = this::getTranslation;
  private final Div body = new Div();
  private SpecialtyNames names;
  private PanelRatings ratings;
  private Caller caller;
  private String id = "";
  private String title = "";

  @Inject
  public ExpertDrawDetailView(ExpertDraws draws, ExpertPool pool, TenantDirectory directory) {
    this.draws = draws;
    this.pool = pool;
    this.directory = directory;
    setHeading(getTranslation("experts.draw.title"));
    Anchor back = new Anchor(ExpertNavigation.DRAWS, getTranslation("experts.draws.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("expert-draw-back");
    body.setWidthFull();
    body.addClassName("expert-draw-body");
    addContent(back, body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = CurrentOfficer.get().filter(draws::mayDraw);
    if (officer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    caller = officer.get();
    names = new SpecialtyNames(pool.specialties(), getLocale());
    id = event.getRouteParameters().get("drawId").orElse("");
    DomainErrors.run(() -> show(draws.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(ExpertDrawsView.class);
    });
  }

  private void show(ExpertDrawView d) {
    title = d.sectionCode() + " " + d.sectionName();
    body.removeAll();
    body.add(new ExpertDrawSheet(texts, getLocale(), names, this::departmentName).build(d));
    Anchor publicPage = new Anchor("experts/draws/" + d.id(), getTranslation("experts.draw.publicLink"));
    publicPage.setId("expert-draw-public-link");
    publicPage.addClassName("service-back");
    body.add(publicPage);
    boolean own = d.department().equals(caller.tenant().value());
    if (own && d.state() == DrawState.COMMITTED) {
      body.add(drawing(d));
    }
    if (d.state() == DrawState.DRAWN) {
      body.add(panel(d));
    }
    if (own && d.state() != DrawState.CANCELLED && d.sealed()) {
      body.add(cancelling(d));
    }
  }

  private Div drawing(ExpertDrawView d) {
    DrawForm form = new DrawForm(texts);
    form.onDraw(w -> DomainErrors.attempt(() -> draws.draw(caller, d.id(), d.version(), w.name(), w.value()),
        getLocale(), form).ifPresent(drawn -> {
          DomainErrors.confirm(getTranslation("experts.draw.done", drawn.invited()));
          show(drawn);
        }));
    Paragraph explanation = new Paragraph(getTranslation("experts.draw.explanation"));
    explanation.addClassName("filing-note");
    Div block = new Div(new H3(getTranslation("inspections.draw.title")), explanation, form);
    block.setId("expert-draw-drawing");
    block.addClassName("sheet-section");
    return block;
  }

  /** The panel: the button is there from the draw on, enabled once the evaluation has started. */
  private Div panel(ExpertDrawView d) {
    Div block = new Div(new H3(getTranslation("experts.panel.title")));
    block.setId("expert-draw-panel-section");
    block.addClassName("sheet-section");
    Button unseal = new Button(getTranslation("experts.unseal"), VaadinIcon.UNLOCK.create());
    unseal.setId("expert-draw-unseal");
    unseal.setEnabled(!d.sealed());
    Paragraph why = new Paragraph(getTranslation(d.sealed() ? "experts.unseal.sealed" : "experts.unseal.audited"));
    why.setId("expert-draw-unseal-note");
    why.addClassName(d.sealed() ? "notice" : "filing-note");
    Div members = new Div();
    members.setWidthFull();
    ratings = new PanelRatings(texts, m -> rate(d, m), m -> creditRecord(d, m));
    unseal.addClickListener(e -> DomainErrors.attempt(() -> draws.unseal(caller, d.id()), getLocale(),
        FieldErrors.NONE).ifPresent(list -> {
          unseal.setEnabled(false);
          members.removeAll();
          members.add(panelOf(list));
        }));
    block.add(why, unseal, members);
    return block;
  }

  private Div panelOf(List<PanelMember> list) {
    return ExpertPanelList.of(list, texts, getLocale(), names, ratings::actions);
  }

  /** 一标一评 in a dialog; faults at their items, a rating made before is shown as such. */
  private void rate(ExpertDrawView d, PanelMember m) {
    RatingForm form = new RatingForm(texts, m.expertId());
    Dialog dialog = new Dialog(form);
    dialog.setId("expert-rating-dialog");
    dialog.setHeaderTitle(getTranslation("experts.rating.title") + " · " + m.name());
    dialog.setWidth("min(100vw, 32em)");
    form.onCancel(dialog::close);
    form.onRate(input -> DomainErrors.orElse(() -> Optional.of(draws.rate(caller, d.id(), input)), e -> {
      if (ratings.ratingRefused(m.expertId(), e)) {
        dialog.close();
        DomainErrors.show(e, getLocale(), FieldErrors.NONE);
      } else {
        form.refused(e, getLocale());
      }
      return Optional.<ExpertDrawView>empty();
    }).ifPresent(rated -> {
      Rating rating = stored(input);
      dialog.close();
      ratings.rated(rating);
      DomainErrors.confirm(getTranslation("experts.rating.done", Math.round(rating.points())));
    }));
    dialog.open();
  }

  /** The rating the backend stored from {@code input} (it passed the same checks there). */
  private static Rating stored(RatingInput input) {
    return new Rating(input.expertId(), input.punctuality(), input.independence(), input.judgement(),
        input.discipline(), input.note(), null, null);
  }

  /** 记入信用档案: the credit record, pending a second person's approval in the credit module. */
  private void creditRecord(ExpertDrawView d, PanelMember m) {
    DomainErrors.orElse(() -> Optional.of(draws.creditRecord(caller, d.id(), m.expertId())), e -> {
      ratings.creditRefused(m.expertId(), e);
      DomainErrors.show(e, getLocale(), FieldErrors.NONE);
      return Optional.<RecordView>empty();
    }).ifPresent(record -> {
      ratings.recorded(m.expertId(), record.id(), record.status());
      DomainErrors.confirm(getTranslation("experts.rating.credit.done", record.id(),
          getTranslation("credit.recordStatus." + record.status().name())));
    });
  }

  private Div cancelling(ExpertDrawView d) {
    ReasonForm form = new ReasonForm(texts, "expert-draw-cancel", "experts.cancel.reason", "experts.cancel.button");
    form.addConfirmListener(e -> DomainErrors.attempt(() -> draws.cancel(caller, d.id(), d.version(), e.text()),
        getLocale(), form).ifPresent(cancelled -> {
          DomainErrors.confirm(getTranslation("experts.cancel.done"));
          show(cancelled);
        }));
    Div block = new Div(new H3(getTranslation("experts.cancel.title")), form);
    block.setId("expert-draw-cancelling");
    block.addClassName("sheet-section");
    return block;
  }

  private String departmentName(String tenant) {
    return DepartmentNames.name(directory, tenant, getLocale());
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? getTranslation("experts.draw.title") : title) + " · " + getTranslation("app.title");
  }
}
