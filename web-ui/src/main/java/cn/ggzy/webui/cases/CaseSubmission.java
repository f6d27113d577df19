package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.EvidenceLine;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.MaskedIdentity;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * What the filer sent, for the officers handling a case that came from the public channel: the
 * filer's identity masked (the full identity only through a reveal with a reason, audited), the
 * evidence files (each download audited by the application) and the messages with the filer, with
 * a box to write to them (shown on their tracking page). What the API offers on
 * {@code /api/v1/cases/{id}/submission}, {@code identity-reveals}, {@code messages} and {@code files}.
 */
class CaseSubmission extends Div {
  private final PublicIntake intake;
  private final Caller caller;
  private final String caseId;
  private final SheetContext c;
  private final boolean handling;
  private final Div identity = new Div();
  private final Div messages = new Div();

  private CaseSubmission(PublicIntake intake, Caller caller, String caseId, SheetContext c, boolean handling) {
    this.intake = intake;
    this.caller = caller;
    this.caseId = caseId;
    this.c = c;
    this.handling = handling;
    setId("case-submission");
    addClassName("case-submission");
  }

  /**
   * The section for a case from the public channel; empty for other cases (and for readers the
   * application does not show the submission to). {@code handling}: the caller may reveal the
   * identity and write to the filer (the application checks it again).
   */
  static Optional<Div> of(PublicIntake intake, Caller caller, String caseId, SheetContext c, boolean handling) {
    return part(intake, caller, caseId, c, handling)
        .map(part -> Sheet.section("case-submission-section", c.t("cases.submission.title"), part));
  }

  /** The part itself, without its section. */
  static Optional<CaseSubmission> part(PublicIntake intake, Caller caller, String caseId, SheetContext c,
      boolean handling) {
    CaseSubmission part = new CaseSubmission(intake, caller, caseId, c, handling);
    return DomainErrors.orElse(() -> Optional.of(intake.submission(caller, caseId)), e -> Optional.<Submission>empty())
        .map(s -> {
          part.build(s);
          return part;
        });
  }

  private void build(Submission s) {
    identity.setId("case-filer");
    identity.addClassName("case-filer");
    showMasked(s.identity());
    Div files = new Div();
    files.setId("case-evidence");
    files.addClassName("case-documents");
    s.files().forEach(f -> files.add(file(f)));
    if (s.files().isEmpty()) {
      files.add(new Span(c.t("cases.submission.noFiles")));
    }
    messages.setId("case-messages");
    messages.addClassName("case-messages");
    s.messages().forEach(m -> messages.add(message(m)));
    if (s.respondentContact() != null) {
      Div contact = Sheet.row(c.t("cases.submission.respondentContact"), s.respondentContact());
      contact.setId("case-respondent-contact");
      add(contact);
    }
    add(heading("cases.submission.filer"), identity, heading("cases.submission.files"), files,
        heading("cases.submission.messages"), messages);
    if (handling) {
      add(messageForm());
    }
  }

  private H3 heading(String key) {
    H3 h = new H3(c.t(key));
    h.addClassName("sheet-heading");
    return h;
  }

  private void showMasked(MaskedIdentity who) {
    identity.removeAll();
    if (who.anonymous()) {
      identity.add(Sheet.row(c.t("cases.submission.filer"), c.t("cases.submission.anonymous")));
      return;
    }
    identity.add(rows(who.kind() == null ? null : c.t("personKind." + who.kind().name()), who.name(),
        who.organisation(), who.creditCode(), who.idNumber(), who.phone(), who.address()));
    Paragraph masked = new Paragraph(c.t("cases.submission.masked"));
    masked.addClassName("filing-note");
    identity.add(masked);
    if (handling) {
      Button reveal = new Button(c.t("cases.submission.reveal"), VaadinIcon.EYE.create(), e -> askReason());
      reveal.setId("case-filer-reveal");
      reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      identity.add(reveal);
    }
  }

  private Div rows(String kind, String name, String organisation, String creditCode, String idNumber,
      String phone, String address) {
    Div rows = new Div(Sheet.row(c.t("cases.submission.personKind"), kind),
        Sheet.row(c.t("complaint.organisation"), organisation),
        Sheet.row(c.t("complaint.creditCode"), creditCode),
        Sheet.row(c.t("complaint.name"), name),
        Sheet.row(c.t("complaint.idNumber"), idNumber),
        Sheet.row(c.t("filing.phone"), phone),
        Sheet.row(c.t("complaint.address"), address));
    rows.setId("case-filer-rows");
    return rows;
  }

  /** The reason is asked first: the reveal is recorded with it in the audit trail. */
  private void askReason() {
    TextArea reason = new TextArea(c.t("cases.submission.reveal.reason"));
    reason.setId("case-filer-reveal-reason");
    reason.setRequired(true);
    reason.setMaxLength(500);
    reason.setWidthFull();
    Dialog dialog = new Dialog();
    dialog.setId("case-filer-reveal-dialog");
    dialog.setHeaderTitle(c.t("cases.submission.reveal"));
    Paragraph why = new Paragraph(c.t("cases.submission.reveal.note"));
    why.addClassName("filing-note");
    dialog.add(why, reason);
    Button confirm = new Button(c.t("cases.submission.reveal.confirm"), e -> {
      if (reveal(reason.getValue(), (field, text) -> "reason".equals(field) && FieldErrors.mark(reason, text))) {
        dialog.close();
      }
    });
    confirm.setId("case-filer-reveal-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(c.t("form.cancel"), e -> dialog.close());
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  /** Asks the application for the full identity with this reason; true when it is shown. */
  boolean reveal(String reason, FieldErrors form) {
    return DomainErrors.attempt(() -> intake.revealIdentity(caller, caseId, reason), c.locale(), form)
        .map(who -> {
          showRevealed(who);
          return true;
        }).orElse(false);
  }

  private void showRevealed(Identity who) {
    identity.removeAll();
    identity.add(rows(who.kind() == null ? null : c.t("personKind." + who.kind().name()), who.name(),
        who.organisation(), who.creditCode(), who.idNumber(), who.phone(), who.address()));
    Paragraph audited = new Paragraph(c.t("cases.submission.reveal.audited"));
    audited.setId("case-filer-revealed");
    audited.addClassName("notice");
    audited.getElement().setAttribute("role", "status");
    identity.add(audited);
  }

  /** A file of the submission; the bytes are read (and the read audited) only when followed. */
  private Anchor file(EvidenceLine f) {
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> DomainErrors.orElse(() -> {
      Download d = intake.evidence(caller, caseId, f.id());
      return new DownloadResponse(d.open().get(), d.fileName(), d.contentType(), d.size());
    }, (DomainException e) -> DownloadResponse.error(404, Messages.chinese(e.code()))));
    Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
    anchor.add(VaadinIcon.PAPERCLIP.create());
    anchor.add(f.fileName() + " · " + c.t("cases.submission.role." + f.role().name()) + " · " + size(f.size()));
    anchor.getElement().setAttribute("title", "SHA-256 " + f.sha256());
    anchor.setId("evidence-" + f.id());
    anchor.addClassName("document-link");
    return anchor;
  }

  private String size(long bytes) {
    return bytes >= 1024 * 1024 ? String.format(c.locale(), "%.1f MB", bytes / 1048576.0)
        : Math.max(1, (bytes + 1023) / 1024) + " KB";
  }

  private Div message(Message m) {
    String who = c.t("cases.submission.author." + m.author().name());
    Div entry = Sheet.entry("case-message", who + " · " + c.at(m.at()), m.text());
    entry.addClassName("case-message-" + m.author().name().toLowerCase(Locale.ROOT));
    m.files().forEach(f -> entry.add(file(f)));
    return entry;
  }

  /** Sends a message to the filer; true when it was sent (and added to the list). */
  boolean send(String text, FieldErrors form) {
    return DomainErrors.attempt(() -> intake.sendMessage(caller, caseId, text), c.locale(), form)
        .map(m -> {
          messages.add(message(m));
          return true;
        }).orElse(false);
  }

  private Div messageForm() {
    TextArea text = new TextArea(c.t("cases.submission.message"));
    text.setId("case-message-text");
    text.setHelperText(c.t("cases.submission.message.help"));
    text.setMaxLength(2000);
    text.setWidthFull();
    Button send = new Button(c.t("cases.submission.message.send"), VaadinIcon.PAPERPLANE.create(), e -> {
      if (send(text.getValue(), (field, message) -> "text".equals(field) && FieldErrors.mark(text, message))) {
        text.clear();
        text.setInvalid(false);
        DomainErrors.confirm(c.t("cases.submission.message.sent"));
      }
    });
    send.setId("case-message-send");
    Div form = new Div(text, send);
    form.addClassName("case-message-form");
    return form;
  }
}
