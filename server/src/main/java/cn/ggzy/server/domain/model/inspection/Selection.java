package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.Quota;

/**
 * How many objects a plan draws: a proportion in percent of the objects in scope (rounded up) or a
 * fixed count (at most all of them): the plan's {@link Quota} of the shared draw kernel, with the
 * plan's own limits and error codes.
 */
public record Selection(Mode mode, int value) {
  /** Proportion or count. */
  public enum Mode { PROPORTION, COUNT }

  public Selection {
    if (mode == null) {
      throw new InspectionException("inspection.plan.selection.required", "selection");
    }
    if (value < 1 || (mode == Mode.PROPORTION && value > 100) || value > 100_000) {
      throw new InspectionException("inspection.plan.selection.invalid", "selection");
    }
  }

  /** The number of objects drawn out of {@code available}. */
  public int of(int available) {
    return new Quota(mode == Mode.COUNT ? Quota.Kind.COUNT : Quota.Kind.PROPORTION, value).of(available);
  }
}
