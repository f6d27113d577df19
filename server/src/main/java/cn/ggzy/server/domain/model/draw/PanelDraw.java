package cn.ggzy.server.domain.model.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The draw of panels (inspection teams, evaluation committees) from one {@link DrawStream}:
 * <ol>
 *   <li>k times: the item drawn is {@link DrawStream#pickWeighted} of the items not yet drawn
 *       (canonical order), and is removed;</li>
 *   <li>right after each item, its panel: for each of the {@code size} places, the candidates are
 *       the item's eligible candidates ({@link Screening}, canonical order) not yet on the panel —
 *       when groups must be mixed, for the last place of a panel whose members so far are all of
 *       one group, only those of other groups; the member is {@link DrawStream#pick} of them.</li>
 * </ol>
 * {@link #shortfall} says beforehand whether every item can be staffed; a draw is only run when
 * none falls short.
 *
 * @param <I> what panels are drawn for
 * @param <C> the candidates
 */
public final class PanelDraw<I, C> {
  private final Screening<C, I> screening;
  private final ToLongFunction<? super I> weight;
  private final Function<? super C, String> group;
  private final int size;
  private final boolean mixedGroups;

  /** One drawn item and its panel, members in the order drawn. */
  public record Panel<I, C>(I item, List<C> members) {
    public Panel {
      members = List.copyOf(members);
    }
  }

  /** Why an item cannot be staffed. */
  public enum Shortage { TOO_FEW_CANDIDATES, ONE_GROUP_ONLY }

  /** An item that cannot be staffed, with its eligible candidates and the panel size. */
  public record Shortfall<I>(I item, Shortage shortage, int eligible, int needed) {}

  /**
   * @param weight each item's weight (≥ 1)
   * @param group a candidate's group (a department, an employer), for {@code mixedGroups}
   * @param size the panel's size (≥ 1)
   * @param mixedGroups whether every panel must have members of at least two groups
   */
  public PanelDraw(Screening<C, I> screening, ToLongFunction<? super I> weight, Function<? super C, String> group,
      int size, boolean mixedGroups) {
    if (size < 1) {
      throw new IllegalArgumentException("a panel has at least one member: " + size);
    }
    this.screening = screening;
    this.weight = weight;
    this.group = group;
    this.size = size;
    this.mixedGroups = mixedGroups;
  }

  /** The first item (in the given order) for which no panel can keep the rules, if any. */
  public Optional<Shortfall<I>> shortfall(List<I> items) {
    for (I item : items) {
      List<C> eligible = screening.eligible(item);
      if (eligible.size() < size) {
        return Optional.of(new Shortfall<>(item, Shortage.TOO_FEW_CANDIDATES, eligible.size(), size));
      }
      if (mixedGroups && eligible.stream().map(group).distinct().count() < 2) {
        return Optional.of(new Shortfall<>(item, Shortage.ONE_GROUP_ONLY, eligible.size(), size));
      }
    }
    return Optional.empty();
  }

  /** Draws {@code count} of the items (in canonical order; count ≤ items), each with its panel. */
  public List<Panel<I, C>> draw(List<I> items, int count, DrawStream stream) {
    List<I> left = new ArrayList<>(items);
    List<Panel<I, C>> panels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      I item = left.remove(stream.pickWeighted(left, weight));
      panels.add(new Panel<>(item, panel(screening.eligible(item), stream)));
    }
    return panels;
  }

  /** One panel out of {@code eligible} (canonical order). */
  public List<C> panel(List<C> eligible, DrawStream stream) {
    List<C> panel = new ArrayList<>();
    for (int place = 0; place < size; place++) {
      List<C> candidates = new ArrayList<>(eligible);
      candidates.removeAll(panel);
      if (mixedGroups && place == size - 1 && oneGroup(panel)) {
        String first = group.apply(panel.get(0));
        candidates.removeIf(c -> group.apply(c).equals(first));
      }
      panel.add(stream.pick(candidates));
    }
    return panel;
  }

  private boolean oneGroup(List<C> panel) {
    return panel.stream().map(group).distinct().count() == 1;
  }
}
