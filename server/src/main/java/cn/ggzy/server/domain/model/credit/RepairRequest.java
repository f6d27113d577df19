package cn.ggzy.server.domain.model.credit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an applicant sends for credit repair (信用修复申请): the subject's identifier (credit code or
 * ID number, checked against the entry), a contact person and phone (never public), the signed
 * commitment (信用承诺) and the rectification (整改情况) with its evidence.
 */
public record RepairRequest(String identifier, String contactName, String contactPhone, String commitment,
    boolean commitmentAccepted, String rectification, String evidence) {
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

  public RepairRequest {
    if (identifier == null || identifier.isBlank()) {
      throw new CreditException("credit.repair.identifier.required", "identifier");
    }
    identifier = identifier.strip().toUpperCase(Locale.ROOT);
    contactName = CreditTexts.required(contactName, 50, "credit.repair.contact.required", "contactName");
    String phone = contactPhone == null ? "" : contactPhone.strip().replace(" ", "");
    if (!PHONE.matcher(phone).matches()) {
      throw new CreditException("credit.repair.phone.invalid", "contactPhone");
    }
    contactPhone = phone;
    commitment = CreditTexts.required(commitment, 2000, "credit.repair.commitment.required", "commitment");
    if (!commitmentAccepted) {
      throw new CreditException("credit.repair.commitment.required", "commitmentAccepted");
    }
    rectification = CreditTexts.required(rectification, 4000, "credit.repair.rectification.required",
        "rectification");
    evidence = CreditTexts.required(evidence, 2000, "credit.repair.evidence.required", "evidence");
  }

  /** The identifier names the listed subject (its credit code, or for an expert the full ID number). */
  boolean names(SubjectIdentity subject) {
    String own = subject.kind().naturalPerson() ? subject.residentId().value() : subject.creditCode().value();
    return own.equals(identifier);
  }
}
