package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An application to enter the pool as typed (public page or API), and its check: every fault at
 * once, each with its code ({@code expert.*}) and the field (dotted path, e.g.
 * {@code certificates[1].validUntil}).
 */
public record ExpertApplication(String name, String residentId, String phone, String employer, String title,
    List<String> specialties, List<CertificateInput> certificates, List<String> conflicts, boolean shareConsent,
    boolean declaration) {
  /** A certificate as typed; {@code validUntil} as yyyy-MM-dd or empty for no expiry. */
  public record CertificateInput(String name, String number, String validUntil) {}

  private static final int MAX_TEXT = 100;
  private static final int MAX_CONFLICTS = 20;
  private static final int MAX_CERTIFICATES = 10;

  /** The checked profile, or every fault at once. */
  public ExpertProfile validate(Specialties list, ExpertRules rules, LocalDate today) {
    List<Violation> v = new ArrayList<>();
    String n = strip(name);
    if (n.isEmpty() || n.length() > 40) {
      v.add(new Violation("expert.name.invalid", "name"));
    }
    String id = strip(residentId).toUpperCase(Locale.ROOT);
    LocalDate birth = null;
    if (!ResidentId.valid(id)) {
      v.add(new Violation("expert.residentId.invalid", "residentId"));
    } else {
      birth = new ResidentId(id).birthDate();
      if (Period.between(birth, today).getYears() >= rules.maxAge()) {
        v.add(new Violation("expert.age.over", "residentId"));
      }
    }
    String p = strip(phone).replace(" ", "").replace("-", "");
    if (!p.matches("1\\d{10}")) {
      v.add(new Violation("expert.phone.invalid", "phone"));
    }
    if (strip(employer).isEmpty() || strip(employer).length() > MAX_TEXT) {
      v.add(new Violation("expert.employer.invalid", "employer"));
    }
    if (strip(title).isEmpty() || strip(title).length() > 40) {
      v.add(new Violation("expert.title.invalid", "title"));
    }
    Set<String> codes = new LinkedHashSet<>();
    List<String> typed = specialties == null ? List.of() : specialties;
    if (typed.isEmpty()) {
      v.add(new Violation("expert.specialties.required", "specialties"));
    } else if (typed.size() > rules.maxSpecialties()) {
      v.add(new Violation("expert.specialties.tooMany", "specialties"));
    }
    for (int i = 0; i < typed.size(); i++) {
      String code = strip(typed.get(i));
      if (!list.drawable(code)) {
        v.add(new Violation("expert.specialty.unknown", "specialties[" + i + "]"));
      } else {
        codes.add(code);
      }
    }
    List<Certificate> certs = new ArrayList<>();
    List<CertificateInput> typedCerts = certificates == null ? List.of() : certificates;
    if (typedCerts.isEmpty()) {
      v.add(new Violation("expert.certificates.required", "certificates"));
    } else if (typedCerts.size() > MAX_CERTIFICATES) {
      v.add(new Violation("expert.certificates.tooMany", "certificates"));
    }
    for (int i = 0; i < Math.min(typedCerts.size(), MAX_CERTIFICATES); i++) {
      CertificateInput c = typedCerts.get(i) == null ? new CertificateInput(null, null, null) : typedCerts.get(i);
      String field = "certificates[" + i + "]";
      if (strip(c.name()).isEmpty() || strip(c.name()).length() > MAX_TEXT) {
        v.add(new Violation("expert.certificate.name", field + ".name"));
      }
      if (strip(c.number()).isEmpty() || strip(c.number()).length() > 60) {
        v.add(new Violation("expert.certificate.number", field + ".number"));
      }
      LocalDate until = null;
      if (!strip(c.validUntil()).isEmpty()) {
        try {
          until = LocalDate.parse(strip(c.validUntil()));
          if (until.isBefore(today)) {
            v.add(new Violation("expert.certificate.expired", field + ".validUntil"));
          }
        } catch (DateTimeParseException e) {
          v.add(new Violation("expert.certificate.date", field + ".validUntil"));
        }
      }
      certs.add(new Certificate(strip(c.name()), strip(c.number()), until));
    }
    List<String> declared = new ArrayList<>();
    List<String> typedConflicts = conflicts == null ? List.of() : conflicts;
    if (typedConflicts.size() > MAX_CONFLICTS) {
      v.add(new Violation("expert.conflicts.tooMany", "conflicts"));
    }
    for (int i = 0; i < Math.min(typedConflicts.size(), MAX_CONFLICTS); i++) {
      String c = strip(typedConflicts.get(i));
      if (c.length() > MAX_TEXT) {
        v.add(new Violation("expert.conflict.invalid", "conflicts[" + i + "]"));
      } else if (!c.isEmpty()) {
        declared.add(c);
      }
    }
    if (!declaration) {
      v.add(new Violation("expert.declaration.required", "declaration"));
    }
    if (!v.isEmpty()) {
      throw new IntakeValidationException(v);
    }
    return new ExpertProfile(n, id, birth, p, strip(employer), strip(title), List.copyOf(codes), certs, declared,
        shareConsent);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
