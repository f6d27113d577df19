package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Reporter;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.domain.model.intake.SubmissionDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a 投诉 or 举报 must meet, checked all at once so that the form can mark every faulty
 * field. Texts are trimmed (blank counts as missing) and stripped of control characters.
 */
final class IntakeRules {
  static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,128}");
  static final Pattern UPLOAD_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  static final int NAME = 50;
  static final int LINE = 200;
  static final int FACTS = 4000;
  static final int REQUEST = 2000;

  /** A checked submission: who, what, and which uploads in which role. */
  record Checked(FilerIdentity identity, SubmissionDetails details, Map<String, EvidenceRole> uploads,
      String canonical) {}

  private final List<Violation> violations = new ArrayList<>();
  private final LocalDate today;

  IntakeRules(LocalDate today) {
    this.today = today;
  }

  static void key(String idempotencyKey, String field) {
    if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
      throw new IntakeValidationException(List.of(new Violation("intake.idempotencyKey.invalid", field)));
    }
  }

  Checked complaint(ComplaintInput in) {
    FilerIdentity identity = complainant(in.complainant());
    String respondent = required(in.respondent(), LINE, "intake.respondent.required", "respondent");
    String projectName = required(in.projectName(), LINE, "intake.projectName.required", "projectName");
    String projectCode = optional(in.projectCode(), 64, "projectCode");
    String section = optional(in.section(), 100, "section");
    String respondentContact = optional(in.respondentContact(), LINE, "respondentContact");
    if (in.matter() == null) {
      add("intake.matter.required", "matter");
    }
    String facts = required(in.facts(), FACTS, "intake.facts.required", "facts");
    String request = required(in.request(), REQUEST, "intake.request.required", "request");
    LocalDate learnedOn = in.learnedOn();
    if (learnedOn == null) {
      add("intake.learnedOn.required", "learnedOn");
    } else if (learnedOn.isAfter(today)) {
      add("intake.learnedOn.future", "learnedOn");
    }
    Map<String, EvidenceRole> uploads = new LinkedHashMap<>();
    uploadIds(in.evidenceUploadIds(), EvidenceRole.EVIDENCE, "evidenceUploadIds", uploads);
    uploadIds(in.objectionProofUploadIds(), EvidenceRole.OBJECTION_PROOF, "objectionProofUploadIds", uploads);
    uploadIds(in.authorizationUploadIds(), EvidenceRole.POWER_OF_ATTORNEY, "authorizationUploadIds", uploads);
    if (in.objectionSubject() == null) {
      add("intake.objectionSubject.required", "objectionSubject");
    } else if (in.objectionSubject().needsObjection()) {
      if (in.objectionRaisedOn() == null) {
        add("intake.objectionRaisedOn.required", "objectionRaisedOn");
      } else if (in.objectionRaisedOn().isAfter(today)) {
        add("intake.objectionRaisedOn.future", "objectionRaisedOn");
      }
      if (in.objectionProofUploadIds() == null || in.objectionProofUploadIds().isEmpty()) {
        add("intake.objectionProof.required", "objectionProofUploadIds");
      }
    }
    if (!in.declaration()) {
      add("intake.declaration.required", "declaration");
    }
    throwIfAny();
    boolean needsObjection = in.objectionSubject().needsObjection();
    SubmissionDetails details = new SubmissionDetails(respondent, projectCode, projectName, section,
        industry(in.industry()), in.matter().name(), in.objectionSubject().name(),
        needsObjection ? in.objectionRaisedOn() : null, facts, request, learnedOn, respondentContact);
    return new Checked(identity, details, uploads, canonical("COMPLAINT", identity, details, uploads));
  }

  Checked report(ReportInput in) {
    FilerIdentity identity = in.anonymous() ? FilerIdentity.ANONYMOUS : reporter(in.reporter());
    String respondent = optional(in.respondent(), LINE, "respondent");
    String projectName = optional(in.projectName(), LINE, "projectName");
    String projectCode = optional(in.projectCode(), 64, "projectCode");
    String section = optional(in.section(), 100, "section");
    if (in.matter() == null) {
      add("intake.matter.required", "matter");
    }
    String facts = required(in.facts(), FACTS, "intake.facts.required", "facts");
    Map<String, EvidenceRole> uploads = new LinkedHashMap<>();
    uploadIds(in.evidenceUploadIds(), EvidenceRole.EVIDENCE, "evidenceUploadIds", uploads);
    throwIfAny();
    SubmissionDetails details = new SubmissionDetails(respondent, projectCode, projectName, section,
        industry(in.industry()), in.matter().name(), null, null, facts, null, null);
    return new Checked(identity, details, uploads, canonical("REPORT", identity, details, uploads));
  }

  /** A reply's text (optional when files come with it). */
  String replyText(String text, List<String> uploadIds, Map<String, EvidenceRole> uploads) {
    String t = optional(text, REQUEST, "text");
    uploadIds(uploadIds, EvidenceRole.SUPPLEMENT, "uploadIds", uploads);
    if (t == null && uploads.isEmpty() && violations.isEmpty()) {
      add("intake.reply.empty", "text");
    }
    throwIfAny();
    return t;
  }

  private FilerIdentity complainant(Complainant c) {
    if (c == null) {
      add("intake.complainant.required", "complainant");
      return null;
    }
    if (c.kind() == null) {
      add("intake.complainant.kind.required", "complainant.kind");
    }
    String name = required(c.name(), NAME, "intake.name.required", "complainant.name");
    String idNumber = null;
    String organisation = null;
    String creditCode = null;
    if (c.kind() == PersonKind.NATURAL) {
      idNumber = residentId(c.idNumber(), true, "complainant.idNumber");
    } else if (c.kind() == PersonKind.LEGAL) {
      organisation = required(c.organisation(), LINE, "intake.organisation.required", "complainant.organisation");
      creditCode = Identifiers.normaliseCreditCode(clean(c.creditCode()));
      if (creditCode == null) {
        add("intake.creditCode.required", "complainant.creditCode");
      } else {
        Identifiers.creditCodeProblem(creditCode).ifPresent(code -> add(code, "complainant.creditCode"));
      }
    }
    String phone = mobile(c.phone(), "complainant.phone");
    String address = required(c.address(), LINE, "intake.address.required", "complainant.address");
    return new FilerIdentity(false, c.kind() == null ? null : c.kind().name(), name, idNumber, organisation,
        creditCode, phone, address);
  }

  private FilerIdentity reporter(Reporter r) {
    if (r == null) {
      add("intake.reporter.required", "reporter");
      return null;
    }
    String name = required(r.name(), NAME, "intake.name.required", "reporter.name");
    String phone = mobile(r.phone(), "reporter.phone");
    String idNumber = residentId(r.idNumber(), false, "reporter.idNumber");
    return new FilerIdentity(false, null, name, idNumber, null, null, phone, null);
  }

  private String residentId(String value, boolean required, String field) {
    String id = Identifiers.normaliseResidentId(clean(value));
    if (id == null) {
      if (required) {
        add("intake.idNumber.required", field);
      }
      return null;
    }
    Identifiers.residentIdProblem(id, today).ifPresent(code -> add(code, field));
    return id;
  }

  private String mobile(String value, String field) {
    String phone = Identifiers.normaliseMobile(clean(value));
    if (phone == null) {
      add("intake.phone.required", field);
    } else if (!Identifiers.isMobile(phone)) {
      add("intake.phone.invalid", field);
    }
    return phone;
  }

  private void uploadIds(List<String> ids, EvidenceRole role, String field, Map<String, EvidenceRole> into) {
    if (ids == null) {
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || !UPLOAD_ID.matcher(id).matches()) {
        add("intake.evidence.unknown", field + "[" + i + "]");
      } else {
        into.putIfAbsent(id, role);
      }
    }
  }

  private static Industry industry(Industry chosen) {
    return chosen == null ? Industry.OTHER : chosen;
  }

  private String required(String value, int max, String code, String field) {
    String v = clean(value);
    if (v == null) {
      add(code, field);
    } else if (v.codePointCount(0, v.length()) > max) {
      add("intake.text.tooLong", field);
    }
    return v;
  }

  private String optional(String value, int max, String field) {
    String v = clean(value);
    if (v != null && v.codePointCount(0, v.length()) > max) {
      add("intake.text.tooLong", field);
    }
    return v;
  }

  /** Trimmed, control characters other than line breaks and tabs removed; blank is null. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    return v.isEmpty() ? null : v;
  }

  private void add(String code, String field) {
    violations.add(new Violation(code, field));
  }

  private void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new IntakeValidationException(violations);
    }
  }

  private static String canonical(String kind, FilerIdentity i, SubmissionDetails d, Map<String, EvidenceRole> u) {
    return String.join("\u0001", kind, String.valueOf(i.anonymous()), String.valueOf(i.personKind()),
        String.valueOf(i.name()), String.valueOf(i.idNumber()), String.valueOf(i.organisation()),
        String.valueOf(i.creditCode()), String.valueOf(i.phone()), String.valueOf(i.address()),
        String.valueOf(d), u.toString());
  }
}
