package cn.ggzy.tenants;

import java.util.Objects;
import java.util.regex.Pattern;

/** A six-digit administrative division code (GB/T 2260), e.g. 421181 for 麻城市. */
public record RegionCode(String value) {
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  public RegionCode {
    Objects.requireNonNull(value, "region code");
    if (!SIX_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("region code must be six digits: " + value);
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
