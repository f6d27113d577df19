package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import java.util.List;

/** Too few eligible experts (counted by employer) for a specialty: the draw is not committed. */
public class ExpertShortfallException extends DomainException {
  private final String specialty;
  private final int groups;
  private final int needed;

  public ExpertShortfallException(String specialty, int groups, int needed) {
    super("expert.draw.tooFew", "quotas");
    this.specialty = specialty;
    this.groups = groups;
    this.needed = needed;
  }

  /** The arguments of the detailed text {@code expert.draw.tooFew.detail}: specialty, employers, needed. */
  public List<String> arguments() {
    return List.of(specialty, String.valueOf(groups), String.valueOf(needed));
  }
}
