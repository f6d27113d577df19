package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.credit.ResidentId;
import java.time.LocalDate;
import java.util.List;

/**
 * What an expert declares on applying (and may update through the office): identity, employer,
 * title, specialties (codes of {@link Specialties}), certificates, declared conflicts (the
 * expert's former employers of the last three years, relatives' employers, units the expert has
 * an economic interest in) and consent to be drawn for other regions (远程异地评标).
 *
 * @param residentId 居民身份证号码, stored encrypted and shown masked except to the office
 * @param birthDate read from the resident ID
 */
public record ExpertProfile(String name, String residentId, LocalDate birthDate, String phone, String employer,
    String title, List<String> specialties, List<Certificate> certificates, List<String> conflicts,
    boolean shareConsent) {
  public ExpertProfile {
    specialties = List.copyOf(specialties);
    certificates = List.copyOf(certificates);
    conflicts = List.copyOf(conflicts);
  }

  /** The ID as the public and the departments see it ({@link ResidentId#masked}); "****" when not read. */
  public String maskedResidentId() {
    return ResidentId.valid(residentId) ? new ResidentId(residentId).masked() : "****";
  }

  /** The phone as shown beyond the office: 138****5678. */
  public String maskedPhone() {
    return phone == null || phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  /** The last day the qualification holds: the earliest expiry among the certificates (none: open). */
  public LocalDate qualificationValidUntil() {
    return certificates.stream().map(Certificate::validUntil).filter(d -> d != null).min(LocalDate::compareTo)
        .orElse(null);
  }
}
