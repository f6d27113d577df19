package cn.ggzy.server.domain.model.enforcement;

import java.util.Objects;

/** A case number per region and year, never reused: 麻监案〔2026〕第0001号. */
public record CaseNumber(String value) {
  public CaseNumber {
    Objects.requireNonNull(value);
  }

  public static CaseNumber of(String regionPrefix, int year, long sequence) {
    return new CaseNumber(String.format("%s监案〔%d〕第%04d号", regionPrefix, year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
