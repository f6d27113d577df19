package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Reporter;
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
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;

/**
 * 举报: anonymous unless the reporter unticks it (then name and phone, ID number optional), what
 * it is about, the facts and the evidence; fires {@link SubmitEvent}.
 */
public class ReportForm extends FormLayout implements FilingFlow.Form {
  final Checkbox anonymous = new Checkbox();
  final Paragraph anonymousNote = new Paragraph();
  final TextField name = new TextField();
  final TextField phone = new TextField();
  final TextField idNumber = new TextField();
  final RegionChoice region;
  final MatterFields subject;
  final EvidenceUpload evidence;
  final FormStatus status = new FormStatus("report-status");
  final Button submit = new Button();
  private final Texts texts;

  public ReportForm(Texts texts) {
    this.texts = texts;
    this.region = new RegionChoice("report-region", texts);
    this.subject = new MatterFields("report", texts);
    this.evidence = new EvidenceUpload("report-evidence", texts);
    addClassName("filing-form");
    setId("report-form");
    anonymous.setId("report-anonymous");
    anonymous.setLabel(texts.get("report.anonymous"));
    anonymous.setValue(true);
    anonymous.addValueChangeListener(e -> showIdentity());
    anonymousNote.setId("report-anonymous-note");
    anonymousNote.addClassName("filing-note");
    FilingFields.text(name, "report-name", texts.get("report.name"), 50);
    FilingFields.text(phone, "report-phone", texts.get("filing.phone"), 11);
    FilingFields.phone(phone);
    FilingFields.text(idNumber, "report-id-number", texts.get("report.idNumber"), 18);
    FilingFields.checkOnLeave(phone, texts, v -> FilingFields.mobileProblem(v, true));
    idNumber.setHelperText(texts.get("report.idNumber.help"));
    evidence.setLabel(texts.get("filing.evidence"));
    submit.setText(texts.get("report.submit"));
    submit.setId("report-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.addClassName("filing-submit");
    submit.addClickListener(e -> submit());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    add(region, anonymous, anonymousNote, name, phone, idNumber);
    subject.subject().forEach(this::add);
    H3 evidenceHeading = FilingFields.heading(texts.get("filing.evidence"), "report-evidence-heading");
    add(subject.facts, evidenceHeading, evidence, status, submit);
    FilingFields.wide(this, region, anonymous, anonymousNote, subject.facts, evidenceHeading, evidence, status, submit);
    showIdentity();
  }

  /** The regions a 举报 may go to (asked only when there are several). */
  public void setRegions(List<Region> regions, Locale locale) {
    region.setRegions(regions, locale);
  }

  private void showIdentity() {
    boolean named = !anonymous.getValue();
    name.setVisible(named);
    phone.setVisible(named);
    idNumber.setVisible(named);
    name.setRequiredIndicatorVisible(named);
    phone.setRequiredIndicatorVisible(named);
    anonymousNote.setText(texts.get(named ? "report.named.note" : "report.anonymous.note"));
  }

  private void submit() {
    status.clear();
    boolean ok = subject.checkRequired() & FilingFields.required(region, texts);
    if (!anonymous.getValue()) {
      ok &= FilingFields.required(name, texts) & FilingFields.required(phone, texts);
    }
    if (!ok) {
      status.failed(texts.get("filing.fixFields"));
      return;
    }
    Reporter reporter = anonymous.getValue() ? null : new Reporter(MatterFields.trimmed(name.getValue()),
        MatterFields.trimmed(phone.getValue()), MatterFields.trimmed(idNumber.getValue()));
    ReportInput draft = new ReportInput(region.code(), null, null, anonymous.getValue(), reporter,
        MatterFields.trimmed(subject.respondent.getValue()), MatterFields.trimmed(subject.projectCode.getValue()),
        MatterFields.trimmed(subject.projectName.getValue()), MatterFields.trimmed(subject.section.getValue()),
        subject.industry.getValue(), subject.matter.getValue(), subject.facts.getValue().trim(),
        evidence.uploadIds());
    fireEvent(new SubmitEvent(this, draft));
  }

  /** While the submission is on its way: the button stays disabled, the status says what happens. */
  public void working(String message) {
    submit.setEnabled(false);
    status.working(message);
  }

  /** The submission failed; the form may be sent again. */
  public void failed(String message) {
    submit.setEnabled(true);
    status.failed(message);
  }

  public void ready() {
    submit.setEnabled(true);
    status.clear();
  }

  public EvidenceUpload evidence() {
    return evidence;
  }

  @Override
  public boolean showFieldError(String field, String message) {
    String name = FilingFields.base(field);
    if (name.equals("evidenceUploadIds")) {
      evidence.showError(message);
      return true;
    }
    HasValidation target = switch (name) {
      case "region" -> region;
      case "reporter.name" -> this.name;
      case "reporter.phone" -> phone;
      case "reporter.idNumber" -> idNumber;
      default -> subject.field(name);
    };
    return FieldErrors.mark(target, message);
  }

  public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  /** The reporter asks to file this 举报. */
  public static class SubmitEvent extends ComponentEvent<ReportForm> {
    private final ReportInput draft;

    SubmitEvent(ReportForm source, ReportInput draft) {
      super(source, false);
      this.draft = draft;
    }

    /** What was typed (and the region), without key and proof. */
    public ReportInput draft() {
      return draft;
    }

    /** The request to send: what was typed, under this key, with this proof. */
    public ReportInput input(String idempotencyKey, ProofOfWork proof) {
      ReportInput d = draft;
      return new ReportInput(d.region(), idempotencyKey, proof, d.anonymous(), d.reporter(), d.respondent(),
          d.projectCode(), d.projectName(), d.section(), d.industry(), d.matter(), d.facts(), d.evidenceUploadIds());
    }
  }
}
