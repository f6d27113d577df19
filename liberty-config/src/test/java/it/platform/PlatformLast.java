package it.platform;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The IT classes share one server: they run in name order with {@link PlatformIT} last, because
 * its browser journey changes the admin's initial password, which the others log in with; only
 * {@link PublicFuzzIT} runs after it, since the data its hostile requests leave behind (submissions,
 * an expert applicant) must not change what the journeys count, and it logs in as nobody.
 */
public class PlatformLast implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator
        .comparing((ClassDescriptor d) -> d.getTestClass() == PublicFuzzIT.class)
        .thenComparing(d -> d.getTestClass() == PlatformIT.class)
        .thenComparing(d -> d.getTestClass().getName()));
  }
}
