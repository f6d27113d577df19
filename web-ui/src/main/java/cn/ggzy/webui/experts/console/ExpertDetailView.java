package cn.ggzy.webui.experts.console;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertPool;
import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.Decision.Kind;
import cn.ggzy.server.application.ExpertPool.DisqualificationInput;
import cn.ggzy.server.application.ExpertPool.DisqualificationView;
import cn.ggzy.server.application.ExpertPool.ExpertDetail;
import cn.ggzy.server.application.ExpertPool.ExpertIdentity;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.webui.experts.ScoreLines;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.inspections.Facts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.publicsite.PublicErrors;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One expert of the pool: the sheet, the full identity on request (每次查看记入审计日志), one button
 * per decision the expert's state allows, each opening a dialog with its reason; the score from the
 * 一标一评 ratings with each rating; 提请取消评标资格 — the request to the body that keeps the
 * qualification, and this expert's requests with their letters (PDF, audited: they carry the full
 * resident ID) and, while awaited, the answer to record.
 */
@Route(value = ExpertNavigation.POOL + "/:expertId", layout = MainLayout.class)
@Dependent
public class ExpertDetailView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  /** The office's requests read to find this expert's (the port's largest page). */
  private final ExpertPool pool;
  private final Clock clock;
  private final Texts texts = this::getTranslation;
  private final Anchor back = new Anchor(ExpertNavigation.POOL, "");
  private final Div sheet = new Div();
  private final Div identity = new Div();
  private final Div decisions = new Div();
  private final Div score = new Div();
  private final Div disqualification = new Div();
  private final Div requests = new Div();
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
    score.setWidthFull();
    disqualification.setId("expert-disqualification-section");
    disqualification.addClassName("sheet-section");
    disqualification.setWidthFull();
    requests.setWidthFull();
    addContent(back, sheet, identity, decisions, score, disqualification);
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
    boolean found = DomainErrors.run(() -> show(pool.find(caller, id)), e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(ExpertPoolView.class);
    });
    if (found) {
      showScore();
      buildDisqualification();
    }
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

  /** The score from the ratings of the region's evaluations; each section links to its draw. */
  private void showScore() {
    score.removeAll();
    DomainErrors.attempt(() -> pool.score(caller, id), getLocale(), FieldErrors.NONE).ifPresent(s -> score.add(
        ScoreLines.of("expert-score", s, texts, getLocale(), drawId -> ExpertNavigation.DRAWS + "/" + drawId)));
  }

  /** 提请取消评标资格: the form (folded) and the list of this expert's requests. */
  private void buildDisqualification() {
    disqualification.removeAll();
    H3 heading = new H3(getTranslation("experts.disqualification.title"));
    heading.addClassName("sheet-heading");
    Paragraph explanation = new Paragraph(getTranslation("experts.disqualification.explanation"));
    explanation.addClassName("filing-note");
    DisqualificationForm form = new DisqualificationForm(texts);
    form.onRequest(input -> request(input, form));
    Details create = new Details(getTranslation("experts.disqualification.title"), form);
    create.setId("expert-disqualification-new");
    create.setWidthFull();
    H3 listed = new H3(getTranslation("experts.disqualification.list"));
    listed.addClassName("sheet-heading");
    disqualification.add(heading, explanation, create, listed, requests);
    showRequests();
  }

  private void showRequests() {
    requests.removeAll();
    DomainErrors.attempt(() -> pool.disqualificationsOf(caller, id), getLocale(),
        FieldErrors.NONE).ifPresent(all -> requests.add(DisqualificationList.of(all, id, texts, getLocale(),
            this::requestActions)));
  }

  private void request(DisqualificationInput input, DisqualificationForm form) {
    DomainErrors.orElse(() -> Optional.of(pool.requestDisqualification(caller, id, input)), e -> {
      List<String> rest = PublicErrors.showAtFields(e, getLocale(), texts, form);
      form.failed(rest.isEmpty() ? getTranslation("filing.fixFields") : String.join(" ", rest));
      return Optional.<DisqualificationView>empty();
    }).ifPresent(sent -> {
      form.sent();
      DomainErrors.confirm(getTranslation("experts.disqualification.sent"));
      showRequests();
    });
  }

  /** The letter (audited: it carries the full resident ID) and, while the answer is awaited, its form. */
  private Component requestActions(DisqualificationView r) {
    String prefix = "expert-disqualification-" + r.id();
    Paragraph audited = new Paragraph(getTranslation("experts.disqualification.letter.audited"));
    audited.setId(prefix + "-letter-note");
    audited.addClassName("filing-note");
    Div actions = new Div(letter(r, prefix + "-letter"), audited);
    actions.addClassName("case-documents");
    if (r.state() == Disqualification.State.SENT) {
      DisqualificationAnswerForm answer = new DisqualificationAnswerForm(texts, prefix + "-answer");
      answer.onAnswer((cancelled, note) -> answer(r, cancelled, note, answer));
      actions.add(answer);
    }
    return actions;
  }

  /** 关于提请取消评标专家资格的函 as PDF, written (and its read audited) only when the link is followed. */
  private Anchor letter(DisqualificationView r, String anchorId) {
    String file = getTranslation(Language.CHINESE, "experts.disqualification.letter.file") + "-" + r.id() + ".pdf";
    Caller who = caller;
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      byte[] bytes = pool.disqualificationLetter(who, r.id());
      return new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/pdf", bytes.length);
    }, e -> DownloadResponse.error(e.code().startsWith("documents.") ? 503 : 404, Messages.chinese(e.code()))));
    Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
    anchor.add(VaadinIcon.FILE_TEXT_O.create());
    anchor.add(getTranslation("experts.disqualification.letter"));
    anchor.setId(anchorId);
    anchor.addClassName("document-link");
    return anchor;
  }

  /** The body's answer; a cancelled qualification takes the expert out of the pool (the sheet shows it). */
  private void answer(DisqualificationView r, boolean cancelled, String note, DisqualificationAnswerForm form) {
    DomainErrors.attempt(() -> pool.answerDisqualification(caller, r.id(), r.version(), cancelled, note),
        getLocale(), form).ifPresent(done -> {
          DomainErrors.confirm(getTranslation("experts.disqualification.answer.done",
              getTranslation("experts.disqualification.state." + done.state().name())));
          if (done.state() == Disqualification.State.CANCELLED) {
            DomainErrors.attempt(() -> pool.find(caller, id), getLocale(), FieldErrors.NONE).ifPresent(this::show);
          }
          showRequests();
        });
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
