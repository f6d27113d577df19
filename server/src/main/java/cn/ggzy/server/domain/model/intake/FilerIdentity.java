package cn.ggzy.server.domain.model.intake;

/**
 * Who filed: stored only encrypted, shown masked unless revealed. {@code personKind} is NATURAL
 * or LEGAL (a 投诉人), null for a reporter. Never put into logs, audit entries or exports.
 */
public record FilerIdentity(boolean anonymous, String personKind, String name, String idNumber,
    String organisation, String creditCode, String phone, String address) {
  public static final FilerIdentity ANONYMOUS = new FilerIdentity(true, null, null, null, null, null, null, null);

  /** Whom a notice addresses: a unit by its name, a person by theirs; null when anonymous or unnamed. */
  public String addressee() {
    if (anonymous) {
      return null;
    }
    String chosen = organisation != null && !organisation.isBlank() ? organisation : name;
    return chosen == null || chosen.isBlank() ? null : chosen;
  }

  /** The identity as officers see it by default: enough to tell filers apart, not to name them. */
  public FilerIdentity masked() {
    if (anonymous) {
      return this;
    }
    return new FilerIdentity(false, personKind, Masks.name(name), Masks.keepEnds(idNumber, 4, 4),
        Masks.keepStart(organisation, 2), Masks.keepEnds(creditCode, 2, 2), Masks.keepEnds(phone, 3, 4),
        Masks.keepStart(address, 6));
  }

  @Override
  public String toString() {
    return anonymous ? "FilerIdentity[anonymous]" : "FilerIdentity[***]";
  }
}
