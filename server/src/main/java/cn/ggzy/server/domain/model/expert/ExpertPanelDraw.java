package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.DrawStream;
import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The draw of one round, computed from the published document, the seed and the witness's value
 * alone, over the shared kernel's {@link DrawStream} committed to the document:
 * <ol>
 *   <li>The used groups start as the document's {@code excludedGroups}.</li>
 *   <li>For each quota in order of specialty code, {@code count} times: the candidates are those
 *       of the document (ordered by id) who hold the specialty and whose group is not used; the
 *       expert drawn is candidates[below(number of candidates)]; the expert's group becomes used
 *       (at most one expert per employer; an expert is never drawn twice).</li>
 * </ol>
 * A document is only committed when {@link #shortfall} finds none: for every quota, its specialty's
 * unused groups are at least its count plus, for each other quota, the most groups that quota's
 * picks can take from them (its count, at most the groups both share) — so no order of picks can
 * run out.
 */
public final class ExpertPanelDraw {
  private final ExpertDrawDocument document;
  private final String commitment;
  /** Per quota: the candidates holding its specialty, in canonical order. */
  private final List<List<Candidate>> lists = new ArrayList<>();
  /** Per quota: for each group, the positions of its members in that quota's list. */
  private final List<Map<String, int[]>> positions = new ArrayList<>();

  private ExpertPanelDraw(ExpertDrawDocument document) {
    this.document = document;
    this.commitment = document.hash();
    for (SpecialtyQuota quota : document.quotas()) {
      List<Candidate> list = document.candidates().stream().filter(c -> c.specialties().contains(quota.specialty()))
          .toList();
      Map<String, List<Integer>> at = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        at.computeIfAbsent(list.get(i).group(), g -> new ArrayList<>()).add(i);
      }
      Map<String, int[]> arrays = new HashMap<>();
      at.forEach((g, p) -> arrays.put(g, p.stream().mapToInt(Integer::intValue).toArray()));
      lists.add(list);
      positions.add(arrays);
    }
  }

  /** Prepares the draws of one document (checked: refused when it could fall short). */
  public static ExpertPanelDraw of(ExpertDrawDocument document) {
    check(document);
    return new ExpertPanelDraw(document);
  }

  /** A specialty that could run out of experts, with its unused groups and the round's size. */
  public record Shortfall(String specialty, int groups, int needed) {}

  public static Optional<Shortfall> shortfall(ExpertDrawDocument document) {
    Set<String> excluded = new HashSet<>(document.excludedGroups());
    List<Set<String>> groups = new ArrayList<>();
    for (SpecialtyQuota quota : document.quotas()) {
      Set<String> g = new HashSet<>();
      document.candidates().stream().filter(c -> c.specialties().contains(quota.specialty())).map(Candidate::group)
          .filter(x -> !excluded.contains(x)).forEach(g::add);
      groups.add(g);
    }
    for (int q = 0; q < document.quotas().size(); q++) {
      int needed = document.quotas().get(q).count();
      for (int t = 0; t < document.quotas().size(); t++) {
        if (t != q) {
          Set<String> shared = new HashSet<>(groups.get(t));
          shared.retainAll(groups.get(q));
          needed += Math.min(document.quotas().get(t).count(), shared.size());
        }
      }
      if (groups.get(q).size() < needed) {
        return Optional.of(new Shortfall(document.quotas().get(q).specialty(), groups.get(q).size(), needed));
      }
    }
    return Optional.empty();
  }

  /** Refuses a malformed document or one that could fall short ({@code expert.draw.tooFew}). */
  public static void check(ExpertDrawDocument document) {
    if (document.quotas().isEmpty() || document.quotas().stream().anyMatch(q -> q.count() < 1)
        || document.candidates().stream().map(Candidate::id).distinct().count() != document.candidates().size()) {
      throw new DomainException("expert.verify.document.invalid", "document");
    }
    Optional<Shortfall> s = shortfall(document);
    if (s.isPresent()) {
      throw new ExpertShortfallException(s.get().specialty(), s.get().groups(), s.get().needed());
    }
  }

  public static ExpertDrawResult run(ExpertDrawDocument document, byte[] seed, String witnessValue) {
    return of(document).draw(seed, witnessValue);
  }

  /** The round's draw for this seed and witness value. */
  public ExpertDrawResult draw(byte[] seed, String witnessValue) {
    DrawStream stream = DrawStream.committedTo(seed, witnessValue, commitment);
    Set<String> used = new HashSet<>(document.excludedGroups());
    List<Member> members = new ArrayList<>();
    for (int q = 0; q < document.quotas().size(); q++) {
      SpecialtyQuota quota = document.quotas().get(q);
      List<Candidate> list = lists.get(q);
      Map<String, int[]> groupAt = positions.get(q);
      for (int n = 0; n < quota.count(); n++) {
        int[] blocked = blocked(used, groupAt);
        int available = list.size() - blocked.length;
        if (available < 1) {
          throw new ExpertShortfallException(quota.specialty(), 0, quota.count());
        }
        int index = (int) stream.below(available);
        for (int b : blocked) {
          if (b <= index) {
            index++;
          } else {
            break;
          }
        }
        Candidate drawn = list.get(index);
        used.add(drawn.group());
        members.add(new Member(quota.specialty(), drawn.id()));
      }
    }
    return new ExpertDrawResult(members);
  }

  /** The sorted positions, in one quota's list, of the candidates whose group is used. */
  private static int[] blocked(Set<String> used, Map<String, int[]> groupAt) {
    int size = 0;
    for (String g : used) {
      int[] p = groupAt.get(g);
      size += p == null ? 0 : p.length;
    }
    int[] all = new int[size];
    int at = 0;
    for (String g : used) {
      int[] p = groupAt.get(g);
      if (p != null) {
        System.arraycopy(p, 0, all, at, p.length);
        at += p.length;
      }
    }
    Arrays.sort(all);
    return all;
  }
}
