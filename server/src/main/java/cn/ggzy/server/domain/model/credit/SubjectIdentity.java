package cn.ggzy.server.domain.model.credit;

/**
 * Who a credit subject is: an enterprise or agency by its credit code, an expert by the resident
 * ID number. {@link #key()} is unique within a region.
 */
public record SubjectIdentity(SubjectKind kind, String name, CreditCode creditCode, ResidentId residentId) {
  public SubjectIdentity {
    if (kind == null) {
      throw new CreditException("credit.subject.kind.required", "subjectKind");
    }
    name = CreditTexts.required(name, 200, "credit.subject.name.required", "subjectName");
    if (kind.naturalPerson()) {
      if (residentId == null) {
        throw new CreditException("credit.subject.residentId.required", "residentId");
      }
      creditCode = null;
    } else {
      if (creditCode == null) {
        throw new CreditException("credit.subject.code.required", "creditCode");
      }
      residentId = null;
    }
  }

  /** Reads typed values: a credit code for enterprises and agencies, an ID number for experts. */
  public static SubjectIdentity of(SubjectKind kind, String name, String creditCode, String residentId) {
    if (kind == null) {
      throw new CreditException("credit.subject.kind.required", "subjectKind");
    }
    return kind.naturalPerson()
        ? new SubjectIdentity(kind, name, null, residentId == null || residentId.isBlank() ? null
            : ResidentId.parse(residentId, "residentId"))
        : new SubjectIdentity(kind, name, creditCode == null || creditCode.isBlank() ? null
            : CreditCode.parse(creditCode, "creditCode"), null);
  }

  public String key() {
    return kind.naturalPerson() ? "P:" + residentId.value() : "C:" + creditCode.value();
  }

  /** What the public may see of the identifier: the credit code, or the masked ID number. */
  public String publicIdentifier() {
    return kind.naturalPerson() ? residentId.masked() : creditCode.value();
  }
}
