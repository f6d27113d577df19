package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.RegionChoice;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 投诉 under real name: the complainant (natural person with resident ID, or legal person with
 * unified social credit code and its representative or agent), contact, what it is about, the
 * prior objection (异议) where the matter needs one, facts, request, the day the complainant
 * learned of it (a late date is warned about, never refused), evidence and the declaration; fires
 * {@link SubmitEvent}.
 */
public class ComplaintForm extends FormLayout implements FilingFlow.Form {
  final RadioButtonGroup<PersonKind> kind = new RadioButtonGroup<>();
  final TextField organisation = new TextField();
  final TextField creditCode = new TextField();
  final TextField name = new TextField();
  final TextField idNumber = new TextField();
  final TextField phone = new TextField();
  final TextField address = new TextField();
  /** 被投诉人的地址或联系方式 (optional). */
  final TextField respondentContact = new TextField();
  /** 授权委托书: when an agent complains for a unit. */
  final EvidenceUpload authorization;
  final RegionChoice region;
  final MatterFields subject;
  final Select<ObjectionSubject> objectionSubject = new Select<>();
  final DatePicker objectionRaisedOn;
  final EvidenceUpload objectionProof;
  final TextArea request = new TextArea();
  final DatePicker learnedOn;
  final Paragraph lateWarning = new Paragraph();
  final EvidenceUpload evidence;
  final Checkbox declaration = new Checkbox();
  final FormStatus status = new FormStatus("complaint-status");
  final Button submit = new Button();
  private static final int STEPS = 4;
  static final String DRAFT_KEY = "ggzy.draft.complaint";
  /** The fields of the draft: what the complaint is about, nothing of the complainant. */
  static final String DRAFT_FIELDS = "complaint-respondent,complaint-project-name,complaint-project-code,"
      + "complaint-section,complaint-respondent-contact,complaint-facts,complaint-request";
  static final String DRAFT = """
      const key = $0;
      const ids = $1.split(',');
      let saved = {};
      try { saved = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { saved = {}; }
      for (const id of ids) {
        const field = this.querySelector('#' + id);
        if (!field) { continue; }
        if (!field.value && typeof saved[id] === 'string' && saved[id]) {
          field.value = saved[id];
          field.dispatchEvent(new CustomEvent('change', { bubbles: true }));
        }
        field.addEventListener('change', () => {
          const now = {};
          for (const other of ids) {
            const f = this.querySelector('#' + other);
            if (f && f.value) { now[other] = f.value; }
          }
          try { localStorage.setItem(key, JSON.stringify(now)); } catch (e) { /* no storage: no draft */ }
        });
      }""";
  private final Texts texts;
  private final Supplier<LocalDate> today;
  private int filingWindowDays = 10;

  public ComplaintForm(Texts texts, Supplier<LocalDate> today) {
    this.texts = texts;
    this.today = today;
    this.region = new RegionChoice("complaint-region", texts);
    this.subject = new MatterFields("complaint", texts);
    this.objectionProof = new EvidenceUpload("complaint-objection-proof", texts);
    this.evidence = new EvidenceUpload("complaint-evidence", texts);
    this.authorization = new EvidenceUpload("complaint-authorization", texts);
    addClassName("filing-form");
    setId("complaint-form");

    kind.setId("complaint-person-kind");
    kind.setLabel(texts.get("complaint.personKind"));
    kind.setItems(PersonKind.values());
    kind.setItemLabelGenerator(k -> texts.get("personKind." + k.name()));
    kind.setValue(PersonKind.NATURAL);
    kind.addValueChangeListener(e -> showPerson());
    FilingFields.text(organisation, "complaint-organisation", texts.get("complaint.organisation"), 100);
    FilingFields.text(creditCode, "complaint-credit-code", texts.get("complaint.creditCode"), 18);
    creditCode.setHelperText(texts.get("complaint.creditCode.help"));
    FilingFields.text(name, "complaint-name", texts.get("complaint.name"), 50);
    FilingFields.text(idNumber, "complaint-id-number", texts.get("complaint.idNumber"), 18);
    idNumber.setHelperText(texts.get("complaint.idNumber.help"));
    FilingFields.text(phone, "complaint-phone", texts.get("filing.phone"), 11);
    FilingFields.phone(phone);
    FilingFields.text(address, "complaint-address", texts.get("complaint.address"), 200);
    // each fault shows as soon as the field is left (the organisation's fields only for a unit)
    FilingFields.checkOnLeave(name, texts, FilingFields::requiredProblem);
    FilingFields.checkOnLeave(address, texts, FilingFields::requiredProblem);
    FilingFields.checkOnLeave(phone, texts, v -> FilingFields.mobileProblem(v, false));
    FilingFields.checkOnLeave(idNumber, texts, v -> kind.getValue() == PersonKind.LEGAL ? null
        : FilingFields.residentIdProblem(v, false, today.get()));
    FilingFields.checkOnLeave(organisation, texts, v -> kind.getValue() == PersonKind.LEGAL
        ? FilingFields.requiredProblem(v) : null);
    FilingFields.checkOnLeave(creditCode, texts, v -> kind.getValue() == PersonKind.LEGAL
        ? FilingFields.creditCodeProblem(v, false) : null);
    for (TextField f : new TextField[] {organisation, creditCode, name, idNumber, phone, address,
        subject.respondent, subject.projectName}) {
      f.setRequiredIndicatorVisible(true);
    }

    objectionSubject.setId("complaint-objection-subject");
    objectionSubject.setLabel(texts.get("complaint.objectionSubject"));
    objectionSubject.setHelperText(texts.get("complaint.objectionSubject.help"));
    objectionSubject.setPlaceholder(texts.get("filing.choose"));
    objectionSubject.setItems(ObjectionSubject.values());
    objectionSubject.setItemLabelGenerator(o -> texts.get("objection." + o.name()));
    objectionSubject.setValue(ObjectionSubject.NONE);
    objectionSubject.addValueChangeListener(e -> showObjection());
    objectionRaisedOn = DatePickers.past("complaint-objection-date", texts.get("complaint.objectionRaisedOn"),
        texts, today.get());
    objectionProof.setCaption(texts.get("complaint.objectionProof"), true);
    authorization.setCaption(texts.get("complaint.authorization"), false);
    FilingFields.text(respondentContact, "complaint-respondent-contact", texts.get("complaint.respondentContact"), 200);
    respondentContact.setHelperText(texts.get("complaint.respondentContact.help"));

    request.setId("complaint-request");
    request.setLabel(texts.get("complaint.request"));
    request.setHelperText(texts.get("complaint.request.help"));
    request.setMaxLength(2000);
    request.setMinRows(3);
    request.setRequiredIndicatorVisible(true);
    request.addValueChangeListener(e -> request.setInvalid(false));
    learnedOn = DatePickers.past("complaint-learned-on", texts.get("complaint.learnedOn"), texts, today.get());
    learnedOn.setHelperText(texts.get("complaint.learnedOn.help") + " " + texts.get("date.format"));
    learnedOn.setRequiredIndicatorVisible(true);
    learnedOn.addValueChangeListener(e -> warnIfLate());
    lateWarning.setId("complaint-late-warning");
    lateWarning.addClassName("notice");
    lateWarning.setVisible(false);
    evidence.setLabel(texts.get("filing.evidence"));
    declaration.setId("complaint-declaration");
    declaration.setLabel(texts.get("complaint.declaration"));
    declaration.addValueChangeListener(e -> declaration.setInvalid(false));
    submit.setText(texts.get("complaint.submit"));
    submit.setId("complaint-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.addClassName("filing-submit");
    submit.addClickListener(e -> submit());

    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    // a long form on a phone: its four parts are numbered steps
    H3 who = FilingFields.heading(step(1, "complaint.who"), "complaint-who-heading");
    H3 what = FilingFields.heading(step(2, "complaint.what"), "complaint-what-heading");
    H3 objection = FilingFields.heading(step(3, "complaint.objection"), "complaint-objection-heading");
    H3 evidenceHeading = FilingFields.heading(step(4, "filing.evidence"), "complaint-evidence-heading");
    Paragraph draftNote = new Paragraph(texts.get("complaint.draft"));
    draftNote.setId("complaint-draft-note");
    draftNote.addClassName("filing-note");
    add(region, who, kind, organisation, creditCode, name, idNumber, phone, address, authorization, what, draftNote);
    subject.subject().forEach(this::add);
    add(respondentContact, subject.facts, request, learnedOn, lateWarning, objection, objectionSubject, objectionRaisedOn,
        objectionProof, evidenceHeading, evidence, declaration, status, submit);
    FilingFields.wide(this, region, who, kind, address, authorization, what, draftNote, respondentContact, subject.facts, request, lateWarning, objection,
        objectionProof, evidenceHeading, evidence, declaration, status, submit);
    showPerson();
    showObjection();
    addAttachListener(e -> keepDraft());
  }

  private String step(int n, String key) {
    return texts.get("complaint.step", n, STEPS, texts.get(key));
  }

  /**
   * Keeps what the complaint is about (not who complains: no identity is left on the device) in the
   * browser while it is typed, and puts it back when the page is opened again before sending.
   */
  private void keepDraft() {
    getElement().executeJs(DRAFT, DRAFT_KEY, DRAFT_FIELDS);
  }

  /** Forgets the draft (the complaint was filed). */
  public void forgetDraft() {
    getElement().executeJs("try { localStorage.removeItem($0); } catch (e) { /* no storage */ }", DRAFT_KEY);
  }

  /** The regions a 投诉 may go to (asked only when there are several). */
  public void setRegions(List<Region> regions, Locale locale) {
    region.setRegions(regions, locale);
  }

  /** The filing window the backend applies (days from learning of it); only for the warning. */
  public void setFilingWindowDays(int days) {
    this.filingWindowDays = days;
    warnIfLate();
  }

  private void showPerson() {
    boolean legal = kind.getValue() == PersonKind.LEGAL;
    organisation.setVisible(legal);
    creditCode.setVisible(legal);
    idNumber.setVisible(!legal);
    authorization.setVisible(legal);
    name.setLabel(texts.get(legal ? "complaint.representative" : "complaint.name"));
  }

  private void showObjection() {
    boolean needed = objectionSubject.getValue() != null && objectionSubject.getValue().needsObjection();
    objectionRaisedOn.setVisible(needed);
    objectionRaisedOn.setRequiredIndicatorVisible(needed);
    objectionProof.setVisible(needed);
  }

  private void warnIfLate() {
    LocalDate learned = learnedOn.getValue();
    boolean late = learned != null && ChronoUnit.DAYS.between(learned, today.get()) > filingWindowDays;
    lateWarning.setText(late ? texts.get("complaint.late", filingWindowDays) : "");
    lateWarning.setVisible(late);
  }

  /** True when the matter needs proof of the prior objection (shown only then). */
  boolean objectionNeeded() {
    return objectionSubject.getValue() != null && objectionSubject.getValue().needsObjection();
  }

  private boolean checkRequired() {
    boolean legal = kind.getValue() == PersonKind.LEGAL;
    boolean ok = subject.checkRequired() & FilingFields.required(region, texts)
        & FilingFields.required(subject.respondent, texts) & FilingFields.required(subject.projectName, texts);
    for (TextField f : legal ? new TextField[] {organisation, creditCode, name, phone, address}
        : new TextField[] {name, idNumber, phone, address}) {
      ok &= FilingFields.required(f, texts);
    }
    if (request.getValue().isBlank()) {
      FieldErrors.mark(request, texts.get("filing.required"));
      ok = false;
    }
    if (learnedOn.getValue() == null) {
      FieldErrors.mark(learnedOn, texts.get(learnedOn.isInvalid() ? "date.bad" : "filing.required"));
      ok = false;
    }
    if (objectionNeeded() && objectionRaisedOn.getValue() == null) {
      FieldErrors.mark(objectionRaisedOn, texts.get("filing.required"));
      ok = false;
    }
    if (objectionNeeded() && objectionProof.isEmpty()) {
      objectionProof.showError(texts.get("complaint.objectionProof.required"));
      ok = false;
    }
    if (!declaration.getValue()) {
      FieldErrors.mark(declaration, texts.get("complaint.declaration.required"));
      ok = false;
    }
    return ok;
  }

  private void submit() {
    status.clear();
    if (!checkRequired()) {
      status.failed(texts.get("filing.fixFields"));
      return;
    }
    boolean legal = kind.getValue() == PersonKind.LEGAL;
    Complainant complainant = new Complainant(kind.getValue(), MatterFields.trimmed(name.getValue()),
        legal ? null : upper(idNumber.getValue()), legal ? MatterFields.trimmed(organisation.getValue()) : null,
        legal ? upper(creditCode.getValue()) : null, MatterFields.trimmed(phone.getValue()),
        MatterFields.trimmed(address.getValue()));
    boolean needed = objectionNeeded();
    ComplaintInput draft = new ComplaintInput(region.code(), null, null, complainant,
        MatterFields.trimmed(subject.respondent.getValue()), MatterFields.trimmed(subject.projectCode.getValue()),
        MatterFields.trimmed(subject.projectName.getValue()), MatterFields.trimmed(subject.section.getValue()),
        subject.industry.getValue(), subject.matter.getValue(), objectionSubject.getValue(),
        needed ? objectionRaisedOn.getValue() : null, subject.facts.getValue().trim(), request.getValue().trim(),
        learnedOn.getValue(), evidence.uploadIds(), needed ? objectionProof.uploadIds() : List.of(),
        declaration.getValue(), MatterFields.trimmed(respondentContact.getValue()),
        legal ? authorization.uploadIds() : List.of());
    fireEvent(new SubmitEvent(this, draft));
  }

  private static String upper(String value) {
    String v = MatterFields.trimmed(value);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  public void working(String message) {
    submit.setEnabled(false);
    status.working(message);
  }

  public void failed(String message) {
    submit.setEnabled(true);
    status.failed(message);
  }

  public void ready() {
    submit.setEnabled(true);
    status.clear();
  }

  @Override
  public boolean showFieldError(String field, String message) {
    String name = FilingFields.base(field);
    switch (name) {
      case "evidenceUploadIds" -> {
        evidence.showError(message);
        return true;
      }
      case "objectionProofUploadIds" -> {
        objectionProof.showError(message);
        return true;
      }
      case "authorizationUploadIds" -> {
        authorization.showError(message);
        return true;
      }
      default -> { }
    }
    HasValidation target = switch (name) {
      case "region" -> region;
      case "complainant.kind" -> kind;
      case "complainant.name" -> this.name;
      case "complainant.idNumber" -> idNumber;
      case "complainant.organisation" -> organisation;
      case "complainant.creditCode" -> creditCode;
      case "complainant.phone" -> phone;
      case "complainant.address" -> address;
      case "objectionSubject" -> objectionSubject;
      case "objectionRaisedOn" -> objectionRaisedOn;
      case "request" -> request;
      case "learnedOn" -> learnedOn;
      case "declaration" -> declaration;
      case "respondentContact" -> respondentContact;
      default -> subject.field(name);
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  /** The complainant asks to file this 投诉. */
  public static class SubmitEvent extends ComponentEvent<ComplaintForm> {
    private final ComplaintInput draft;

    SubmitEvent(ComplaintForm source, ComplaintInput draft) {
      super(source, false);
      this.draft = draft;
    }

    /** What was typed (and the region), without key and proof. */
    public ComplaintInput draft() {
      return draft;
    }

    /** The request to send: what was typed, under this key, with this proof. */
    public ComplaintInput input(String idempotencyKey, ProofOfWork proof) {
      ComplaintInput d = draft;
      return new ComplaintInput(d.region(), idempotencyKey, proof, d.complainant(), d.respondent(), d.projectCode(),
          d.projectName(), d.section(), d.industry(), d.matter(), d.objectionSubject(), d.objectionRaisedOn(),
          d.facts(), d.request(), d.learnedOn(), d.evidenceUploadIds(), d.objectionProofUploadIds(),
          d.declaration(), d.respondentContact(), d.authorizationUploadIds());
    }
  }
}
