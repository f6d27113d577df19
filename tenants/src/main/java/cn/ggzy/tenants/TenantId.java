package cn.ggzy.tenants;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tenant that owns a piece of data: one department (or the supervision office) of one region,
 * written {@code <region code>-<department code>}, e.g. {@code 421181-zjj} for 麻城市住房和城乡建设局.
 */
public record TenantId(String value) {
  private static final Pattern FORMAT = Pattern.compile("(\\d{6})-([a-z][a-z0-9]{1,15})");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("tenant id must look like 421181-zjj: " + value);
    }
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  public static TenantId of(RegionCode region, String departmentCode) {
    return new TenantId(region.value() + "-" + departmentCode);
  }

  public RegionCode region() {
    return new RegionCode(value.substring(0, 6));
  }

  public String departmentCode() {
    return value.substring(7);
  }

  @Override
  public String toString() {
    return value;
  }
}
