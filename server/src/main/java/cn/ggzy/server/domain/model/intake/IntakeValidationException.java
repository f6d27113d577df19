package cn.ggzy.server.domain.model.intake;

import cn.ggzy.server.domain.model.DomainException;
import java.util.List;

/**
 * A submission refused for its content: every violation at once (code + field), so that a form
 * can mark all faulty fields. {@link #code()} and {@link #field()} are those of the first one.
 */
public class IntakeValidationException extends DomainException {
  /** One broken rule: the message code and the field (dotted path, e.g. {@code complainant.idNumber}). */
  public record Violation(String code, String field) {}

  private final List<Violation> violations;

  public IntakeValidationException(List<Violation> violations) {
    super(violations.get(0).code(), violations.get(0).field());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
