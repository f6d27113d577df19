package cn.ggzy.server.domain.model.inspection;

/**
 * How many objects a plan draws: a proportion in percent of the objects in scope (rounded up) or a
 * fixed count (at most all of them).
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
    if (mode == Mode.COUNT) {
      return Math.min(value, available);
    }
    return (int) ((available * (long) value + 99) / 100);
  }
}
