package cn.ggzy.mobileapi.credit;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.Measure;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads query and body values of the credit endpoints; a wrong one is {@code credit.field.invalid} at its field. */
public final class CreditParams {
  private CreditParams() {}

  /** An enum constant, or null when the value is absent. */
  public static <E extends Enum<E>> E optional(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("credit.field.invalid", field);
    }
  }

  /** An ISO date (2026-03-01), or null when absent. */
  public static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new DomainException("credit.field.invalid", field);
    }
  }

  public static Set<Measure> measures(List<String> values) {
    Set<Measure> measures = EnumSet.noneOf(Measure.class);
    for (String v : values == null ? List.<String>of() : values) {
      measures.add(optional(Measure.class, v, "measures"));
    }
    return measures;
  }

  public static long version(Long version) {
    if (version == null) {
      throw new DomainException("credit.field.invalid", "version");
    }
    return version;
  }
}
