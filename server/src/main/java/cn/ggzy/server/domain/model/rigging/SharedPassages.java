package cn.ggzy.server.domain.model.rigging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The longest stretches of text two bid files share that the template does not contain, compared on
 * letters and digits only (punctuation, spaces and case ignored), each with its character offset in
 * both original texts. A stretch starts where {@link #K} characters agree and grows while they do;
 * characters of {@code a} that belong to a {@link #K}-character string of the template are never part of one.
 */
public final class SharedPassages {
  static final int K = 12;

  /** A shared stretch: its text as written in the first file and where it starts in each file. */
  public record Run(String text, int offsetA, int offsetB, int length) {}

  private SharedPassages() {}

  /** At most {@code max} longest runs, in the order they appear in {@code a}. */
  public static List<Run> longest(String a, String b, String template, int max) {
    Letters x = new Letters(a);
    Letters y = new Letters(b);
    Set<Long> tpl = new HashSet<>();
    Letters t = new Letters(template == null ? "" : template);
    for (int i = 0; i + K <= t.chars.length; i++) {
      tpl.add(t.key(i));
    }
    Map<Long, Integer> inB = new HashMap<>();
    for (int i = 0; i + K <= y.chars.length; i++) {
      inB.putIfAbsent(y.key(i), i);
    }
    boolean[] fromTemplate = new boolean[x.chars.length];
    for (int i = 0, until = -1; i < x.chars.length; i++) {
      if (i + K <= x.chars.length && tpl.contains(x.key(i))) {
        until = i + K - 1;
      }
      fromTemplate[i] = i <= until;
    }
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i + K <= x.chars.length) {
      Integer j = inB.get(x.key(i));
      if (j == null || !x.same(i, y, j, K) || covered(fromTemplate, i, K)) {
        i++;
        continue;
      }
      int len = K;
      while (i + len < x.chars.length && j + len < y.chars.length && x.chars[i + len] == y.chars[j + len]
          && !fromTemplate[i + len]) {
        len++;
      }
      runs.add(new int[] {i, j, len});
      i += len;
    }
    return runs.stream().sorted(Comparator.comparingInt((int[] r) -> -r[2])).limit(max)
        .sorted(Comparator.comparingInt((int[] r) -> r[0]))
        .map(r -> new Run(a.substring(x.index[r[0]], x.index[r[0] + r[2] - 1] + 1), x.index[r[0]], y.index[r[1]],
            r[2]))
        .toList();
  }

  private static boolean covered(boolean[] template, int from, int n) {
    for (int k = 0; k < n; k++) {
      if (template[from + k]) {
        return true;
      }
    }
    return false;
  }

  /** A text's letters and digits in lower case, with the hash and comparison of its runs. */
  private static final class Letters extends FoldedText {
    Letters(String text) {
      super(text);
    }

    long key(int from) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < K; k++) {
        h = (h ^ chars[from + k]) * 0x100000001b3L;
      }
      return h;
    }

    boolean same(int from, Letters other, int otherFrom, int n) {
      for (int k = 0; k < n; k++) {
        if (chars[from + k] != other.chars[otherFrom + k]) {
          return false;
        }
      }
      return true;
    }
  }
}
