package cn.ggzy.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.time.Clock;
import java.util.Set;

/**
 * A read of the machine's wall clock that bypasses an injected {@link Clock}: {@code now()} or
 * {@code now(ZoneId)} of a java.time type, or one of {@code Clock}'s system factories; {@code now(Clock)}
 * is fine.
 */
final class WallClock {
  private static final Set<String> TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
      "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

  static final DescribedPredicate<JavaMethodCall> READ = DescribedPredicate.describe(
      "a wall-clock read (now() or now(ZoneId) of java.time, the system clocks of Clock)", WallClock::reads);

  private WallClock() {}

  static boolean reads(JavaMethodCall call) {
    String owner = call.getTarget().getOwner().getName();
    String name = call.getTarget().getName();
    var parameters = call.getTarget().getRawParameterTypes();
    if (TYPES.contains(owner) && name.equals("now")) {
      return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class);
    }
    return owner.equals(Clock.class.getName()) && name.startsWith("system");
  }
}
