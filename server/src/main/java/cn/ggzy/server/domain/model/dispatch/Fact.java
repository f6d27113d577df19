package cn.ggzy.server.domain.model.dispatch;

import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One counted fact of a stored thing: its department, the day (Asia/Shanghai) for a dated metric or
 * {@code null} for a standing one, the metric and the key within it.
 */
public record Fact(TenantId department, LocalDate day, Metric metric, String key) {
  public Fact {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(key, "key");
    if (metric.dated() != (day != null)) {
      throw new IllegalArgumentException(metric + (metric.dated() ? " needs a day" : " takes no day"));
    }
    if (key.isEmpty() || key.contains(".") || key.contains("$")) {
      throw new IllegalArgumentException("a key is a plain word: " + key);
    }
  }

  public static Fact on(TenantId department, LocalDate day, Metric metric, String key) {
    return new Fact(department, day, metric, key);
  }

  public static Fact standing(TenantId department, Metric metric, String key) {
    return new Fact(department, null, metric, key);
  }
}
