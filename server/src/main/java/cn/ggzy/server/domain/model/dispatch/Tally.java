package cn.ggzy.server.domain.model.dispatch;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Counts per department, metric and key (a department's missing entries count 0). */
public final class Tally {
  private final Map<String, Map<Metric, Map<String, Long>>> counts = new HashMap<>();

  public void add(String department, Metric metric, String key, long n) {
    counts.computeIfAbsent(department, k -> new HashMap<>()).computeIfAbsent(metric, k -> new TreeMap<>())
        .merge(key, n, Long::sum);
  }

  /** The count of one key in the departments given. */
  public long get(Set<String> departments, Metric metric, String key) {
    return sum(departments, metric, key::equals);
  }

  /** The sum over the keys accepted by {@code keys}. */
  public long sum(Set<String> departments, Metric metric, Predicate<String> keys) {
    long n = 0;
    for (String d : departments) {
      for (Map.Entry<String, Long> e : keys(d, metric).entrySet()) {
        if (keys.test(e.getKey())) {
          n += e.getValue();
        }
      }
    }
    return n;
  }

  /** A department's counts of one metric by key. */
  public Map<String, Long> keys(String department, Metric metric) {
    return Collections.unmodifiableMap(counts.getOrDefault(department, Map.of()).getOrDefault(metric, Map.of()));
  }

  /** The counts of one metric by key over the departments given, keys sorted. */
  public Map<String, Long> byKey(Set<String> departments, Metric metric) {
    Map<String, Long> out = new TreeMap<>();
    for (String d : departments) {
      keys(d, metric).forEach((k, v) -> out.merge(k, v, Long::sum));
    }
    return out;
  }
}
