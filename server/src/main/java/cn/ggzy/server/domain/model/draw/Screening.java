package cn.ggzy.server.domain.model.draw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Recusal in general terms: who of the candidates may not be drawn for which item. A candidate is
 * excluded from an item when the pair of their ids is among the {@link Exclusion}s (declared
 * conflicts, recent engagements) or when a rule over their attributes says so (an expired
 * qualification, the item's supervising unit being the candidate's employer, …). Immutable: each
 * {@code excluding…} gives a new screening.
 *
 * @param <C> what is drawn for an item (an inspector, an expert)
 * @param <I> what candidates are drawn for (an inspection object, an evaluation)
 */
public final class Screening<C, I> {
  private final List<C> candidates;
  private final Function<? super C, String> candidateId;
  private final Function<? super I, String> itemId;
  private final Set<Exclusion> exclusions;
  private final List<BiPredicate<? super C, ? super I>> rules;

  private Screening(List<C> candidates, Function<? super C, String> candidateId, Function<? super I, String> itemId,
      Set<Exclusion> exclusions, List<BiPredicate<? super C, ? super I>> rules) {
    this.candidates = List.copyOf(candidates);
    this.candidateId = candidateId;
    this.itemId = itemId;
    this.exclusions = Set.copyOf(exclusions);
    this.rules = List.copyOf(rules);
  }

  /** No one excluded yet; {@code candidates} in the draw's canonical order. */
  public static <C, I> Screening<C, I> of(List<C> candidates, Function<? super C, String> candidateId,
      Function<? super I, String> itemId) {
    return new Screening<>(candidates, candidateId, itemId, Set.of(), List.of());
  }

  /** Also excludes these pairs of ids. */
  public Screening<C, I> excluding(Collection<Exclusion> pairs) {
    Set<Exclusion> all = new HashSet<>(exclusions);
    all.addAll(pairs);
    return new Screening<>(candidates, candidateId, itemId, all, rules);
  }

  /** Also excludes a candidate from an item whenever {@code rule} holds for them. */
  public Screening<C, I> excludingWhen(BiPredicate<? super C, ? super I> rule) {
    List<BiPredicate<? super C, ? super I>> all = new ArrayList<>(rules);
    all.add(rule);
    return new Screening<>(candidates, candidateId, itemId, exclusions, all);
  }

  public boolean excluded(C candidate, I item) {
    return exclusions.contains(new Exclusion(candidateId.apply(candidate), itemId.apply(item)))
        || rules.stream().anyMatch(rule -> rule.test(candidate, item));
  }

  /** The candidates who may be drawn for the item, in canonical order. */
  public List<C> eligible(I item) {
    return candidates.stream().filter(c -> !excluded(c, item)).toList();
  }

  /** All candidates, in canonical order. */
  public List<C> candidates() {
    return candidates;
  }
}
