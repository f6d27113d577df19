package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.Decision.Kind;
import cn.ggzy.server.application.ExpertPool.ExpertDetail;
import cn.ggzy.server.application.ExpertPool.ExpertIdentity;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One expert of the pool: the sheet, the full identity on request (每次查看记入审计日志), and one
 * button per decision the expert's state allows, each opening a dialog with its reason.
 */
@Route(value = ExpertNavigation.POOL + "/:expertId", layout = MainLayout.class)
@Dependent
public class ExpertDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final ExpertPool pool;
  private final Clock clock;
  private final Texts texts = this::getTranslation;
  private final Anchor back = new Anchor(ExpertNavigation.POOL, "");
  private final Div sheet = new Div();
  private final Div identity = new Div();
  private final Div decisions = new Div();
  private SpecialtyNames names;
  private Caller caller;
  private String id = "";
  private String title = "";

  @Inject
  public ExpertDetailView(ExpertPool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
    setHeading(getTranslation("experts.detail.title"));
    back.setText(getTranslation("experts.back"));
    back.getElement().setAttribute("router-link", true);
    back.setId("expert-back");
    sheet.setWidthFull();
    identity.setId("expert-identity");
    identity.setWidthFull();
    decisions.setId("expert-decisions");
    decisions.addClassName("case-actions");
    addContent(back, sheet, identity, decisions);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Caller> officer = CurrentOfficer.get().filter(pool::mayManage);
    if (officer.isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    caller = officer.get();
    names = new SpecialtyNames(pool.specialties(), getLocale());
    id = event.getRouteParameters().get("expertId").orElse("");
    DomainErrors.run(() -> show(pool.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(ExpertPoolView.class);
    });
  }

  private void show(ExpertDetail d) {
    title = d.summary().name();
    back.setHref(ExpertNavigation.POOL + "?state=" + d.summary().state().name());
    sheet.removeAll();
    sheet.add(new ExpertSheet(texts, getLocale(), names).build(d));
    showIdentityButton();
    decisions.removeAll();
    for (Kind kind : ExpertDecisionForm.allowed(d.summary().state())) {
      Button b = new Button(getTranslation("experts.decision." + kind.name()), e -> open(d, kind));
      b.setId("expert-decision-" + kind.name());
      if (kind == Kind.APPROVE || kind == Kind.REINSTATE) {
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      decisions.add(b);
    }
    decisions.setVisible(decisions.getComponentCount() > 0);
  }

  private void showIdentityButton() {
    identity.removeAll();
    Button reveal = new Button(getTranslation("experts.reveal"), VaadinIcon.EYE.create(), e -> reveal());
    reveal.setId("expert-reveal");
    reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Paragraph note = new Paragraph(getTranslation("experts.reveal.note"));
    note.setId("expert-reveal-note");
    note.addClassName("filing-note");
    identity.add(reveal, note);
  }

  /** The full resident ID and phone: the application records the read in the audit trail. */
  private void reveal() {
    DomainErrors.attempt(() -> pool.reveal(caller, id), getLocale(), FieldErrors.NONE).ifPresent(this::showIdentity);
  }

  private void showIdentity(ExpertIdentity who) {
    identity.removeAll();
    Paragraph audited = new Paragraph(getTranslation("experts.reveal.audited"));
    audited.setId("expert-reveal-audited");
    audited.addClassName("notice");
    audited.getElement().setAttribute("role", "status");
    identity.add(new H3(getTranslation("experts.reveal.title")), new Facts()
        .line("expert-identity-resident-id", getTranslation("experts.field.residentId"), who.residentId())
        .line("expert-identity-phone", getTranslation("filing.phone"), who.phone()), audited);
  }

  private void open(ExpertDetail d, Kind kind) {
    ExpertDecisionForm form = new ExpertDecisionForm(texts, kind, LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
    Dialog dialog = new Dialog(form);
    dialog.setId("expert-decision-dialog");
    dialog.setHeaderTitle(getTranslation("experts.decision." + kind.name()) + " · " + d.summary().name());
    dialog.setWidth("min(100vw, 32em)");
    form.onCancel(dialog::close);
    form.onDecide(decision -> decide(d, decision, form, dialog));
    dialog.open();
  }

  private void decide(ExpertDetail d, Decision decision, ExpertDecisionForm form, Dialog dialog) {
    DomainErrors.attempt(() -> pool.decide(caller, id, d.summary().version(), decision), getLocale(), form)
        .ifPresent(done -> {
          dialog.close();
          DomainErrors.confirm(getTranslation("experts.decision.done", getTranslation("experts.state."
              + done.summary().state().name())));
          show(done);
        });
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? getTranslation("experts.detail.title") : title) + " · " + getTranslation("app.title");
  }
}
