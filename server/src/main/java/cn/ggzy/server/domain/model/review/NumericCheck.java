package cn.ggzy.server.domain.model.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric condition of a rule, written in the rule file as {@code percent > 2},
 * {@code days < 20}, {@code years > 3} or {@code yuan > 2% estimate} (an amount above a share of the
 * project's estimate or contract amount). It reads the quantities in the clause's window that
 * follows the rule's match; a comparison with the project needs its facts, and is skipped without
 * them.
 */
record NumericCheck(Quantity.Kind kind, boolean above, BigDecimal limit, String relativeTo) {
  private static final Pattern FORM = Pattern.compile(
      "(percent|days|years|yuan|count)\\s*([<>])\\s*([0-9.]+)\\s*(%\\s*(estimate|contract))?");
  private static final Pattern FACT = Pattern.compile("(estimate|contract)\\s*([<>])\\s*([0-9.]+)");

  static NumericCheck parse(String written) {
    Matcher f = FACT.matcher(written.strip());
    if (f.matches()) {
      return new NumericCheck(null, ">".equals(f.group(2)), new BigDecimal(f.group(3)), f.group(1));
    }
    Matcher m = FORM.matcher(written.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("a check is written like 'percent > 2' or 'yuan > 2% estimate': " + written);
    }
    Quantity.Kind kind = switch (m.group(1)) {
      case "percent" -> Quantity.Kind.PERCENT;
      case "days" -> Quantity.Kind.DAYS;
      case "years" -> Quantity.Kind.YEARS;
      case "count" -> Quantity.Kind.COUNT;
      default -> Quantity.Kind.YUAN;
    };
    return new NumericCheck(kind, ">".equals(m.group(2)), new BigDecimal(m.group(3)), m.group(5));
  }

  /** What was measured when the check holds in the quantities, e.g. {@code 3% > 2%}. */
  Optional<String> holds(List<Quantity> quantities, ProjectFacts facts) {
    if (kind == null) {
      Optional<BigDecimal> fact = "estimate".equals(relativeTo) ? facts.estimate() : facts.contractAmount();
      return fact.filter(v -> above ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0)
          .map(v -> relativeTo + " " + plain(v) + " 元" + (above ? " > " : " < ") + plain(limit) + " 元");
    }
    Optional<BigDecimal> bound = bound(facts);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    for (Quantity q : quantities) {
      if (q.kind() != kind) {
        continue;
      }
      int c = q.value().compareTo(bound.get());
      if (above ? c > 0 : c < 0) {
        return Optional.of(plain(q.value()) + unit() + (above ? " > " : " < ") + plain(bound.get()) + unit()
            + (relativeTo == null ? "" : " (" + plain(limit) + "% " + relativeTo + ")"));
      }
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> bound(ProjectFacts facts) {
    if (relativeTo == null) {
      return Optional.of(limit);
    }
    Optional<BigDecimal> base = "estimate".equals(relativeTo) ? facts.estimate() : facts.contractAmount();
    return base.map(b -> b.multiply(limit).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
  }

  private String unit() {
    return switch (kind) {
      case PERCENT -> "%";
      case DAYS -> " 日";
      case YEARS -> " 年";
      case YUAN -> " 元";
      default -> "";
    };
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
