package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.FoldedText;
import cn.ggzy.server.domain.model.rigging.SharedError;
import cn.ggzy.server.domain.service.SharedErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared misspellings, an explainable rule: a string of {@link #N} characters (punctuation and
 * spaces ignored) that two bid files contain, that neither the template nor any other bid of the
 * section contains, while the template or another bid contains the same string with exactly one
 * character different, inside the string (at least {@link #CONTEXT} agreeing characters on each
 * side: a difference at the edge is just another word), both Chinese characters (not digits: numbers
 * differ legitimately; not Latin letters: see {@code sameScript}). On the platform's own Chinese
 * texts split into four "bids" (same vocabulary, no copying) the rule found one pair where the
 * same rule without the context and script conditions found 29. Example: two bids both write
 * 「混凝士浇筑完成」 where the tender writes 「混凝土浇筑完成」. Pairs sharing more than
 * {@link #MAX_EXCLUSIVE} such strings are copies, which the near-duplicate rule reports instead.
 */
@ApplicationScoped
public class SharedMisspellings implements SharedErrors {
  static final int N = 7;
  /** The differing character has at least this many agreeing characters on either side. */
  static final int CONTEXT = 2;
  static final int MAX_PER_PAIR = 5;
  static final int MAX_EXCLUSIVE = 5_000;
  private static final long P = 0x100000001b3L;
  private static final long[] POW = new long[N];

  static {
    POW[0] = 1;
    for (int i = 1; i < N; i++) {
      POW[i] = POW[i - 1] * P;
    }
  }

  @Override
  public List<SharedError> find(String template, List<BidDocument> documents) {
    int n = documents.size();
    if (n < 2) {
      return List.of();
    }
    Text tpl = new Text(template == null ? "" : template);
    Text[] texts = documents.stream().map(d -> new Text(d.text())).toArray(Text[]::new);
    long[] tplSet = tpl.keySet();
    long[][] sets = Arrays.stream(texts).map(Text::keySet).toArray(long[][]::new);
    List<Candidate> candidates = new ArrayList<>();
    Map<Long, List<Candidate>> byMask = new HashMap<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        Set<Long> exclusive = exclusive(a, b, sets, tplSet);
        if (exclusive.isEmpty() || exclusive.size() > MAX_EXCLUSIVE) {
          continue;
        }
        Map<Long, Integer> first = texts[a].firstPositions(exclusive);
        for (Map.Entry<Long, Integer> e : first.entrySet()) {
          Candidate c = new Candidate(a, b, e.getKey(), e.getValue());
          candidates.add(c);
          for (int p = CONTEXT; p < N - CONTEXT; p++) {
            char ch = texts[a].chars[c.posA + p];
            if (!Character.isDigit(ch)) {
              byMask.computeIfAbsent(masked(c.key, p, ch), k -> new ArrayList<>()).add(c);
            }
          }
        }
      }
    }
    if (byMask.isEmpty()) {
      return List.of();
    }
    scanReference(tpl, -1, byMask, texts);
    for (int c = 0; c < n; c++) {
      scanReference(texts[c], c, byMask, texts);
    }
    return report(candidates, texts, documents);
  }

  private static Set<Long> exclusive(int a, int b, long[][] sets, long[] tplSet) {
    Set<Long> out = new HashSet<>();
    long[] x = sets[a];
    long[] y = sets[b];
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        long k = x[i];
        boolean elsewhere = Arrays.binarySearch(tplSet, k) >= 0;
        for (int c = 0; c < sets.length && !elsewhere; c++) {
          elsewhere = c != a && c != b && Arrays.binarySearch(sets[c], k) >= 0;
        }
        if (!elsewhere) {
          out.add(k);
          if (out.size() > MAX_EXCLUSIVE) {
            return out;
          }
        }
        i++;
        j++;
      }
    }
    return out;
  }

  /** Marks candidates whose one-character variant the reference (template, or a bid outside the pair) contains. */
  private static void scanReference(Text ref, int source, Map<Long, List<Candidate>> byMask, Text[] texts) {
    for (int i = 0; i + N <= ref.chars.length; i++) {
      long raw = raw(ref.chars, i);
      for (int p = CONTEXT; p < N - CONTEXT; p++) {
        char ch = ref.chars[i + p];
        if (Character.isDigit(ch)) {
          continue;
        }
        List<Candidate> hits = byMask.get(mix(raw - (ch + 1L) * POW[p]));
        if (hits == null) {
          continue;
        }
        for (Candidate c : hits) {
          char written = texts[c.a].chars[c.posA + p];
          if (c.usual == null && source != c.a && source != c.b && written != ch && sameScript(written, ch)) {
            c.usual = new String(ref.chars, i, N);
          }
        }
      }
    }
  }

  private static List<SharedError> report(List<Candidate> candidates, Text[] texts, List<BidDocument> documents) {
    Map<Long, List<Candidate>> byPair = new HashMap<>();
    candidates.stream().filter(c -> c.usual != null)
        .forEach(c -> byPair.computeIfAbsent(((long) c.a << 32) | c.b, k -> new ArrayList<>()).add(c));
    List<SharedError> found = new ArrayList<>();
    byPair.keySet().stream().sorted().forEach(pair -> {
      List<Candidate> hits = byPair.get(pair);
      hits.sort((x, y) -> Integer.compare(x.posA, y.posA));
      int last = Integer.MIN_VALUE;
      int kept = 0;
      for (Candidate c : hits) {
        if (c.posA < last + N || kept == MAX_PER_PAIR) {
          continue;
        }
        last = c.posA;
        kept++;
        Text a = texts[c.a];
        Text b = texts[c.b];
        int posB = b.firstPositions(Set.of(c.key)).getOrDefault(c.key, 0);
        found.add(new SharedError(documents.get(c.a).bidder(), documents.get(c.b).bidder(),
            a.original(c.posA), c.usual, a.index[c.posA], b.index[posB]));
      }
    });
    return found;
  }

  /**
   * Only Chinese characters: a 错别字 swaps one for another, while in Latin text a window of
   * letters spans several words and one-letter differences are everyday grammar.
   */
  private static boolean sameScript(char x, char y) {
    return Character.isIdeographic(x) && Character.isIdeographic(y);
  }

  private static long raw(char[] s, int from) {
    long h = 0;
    for (int k = 0; k < N; k++) {
      h += (s[from + k] + 1L) * POW[k];
    }
    return h;
  }

  private static long masked(long rawKey, int p, char ch) {
    return mix(rawKey - (ch + 1L) * POW[p]);
  }

  /** SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A string shared only by bids a and b; {@code key} is its raw polynomial, {@code usual} the variant found. */
  private static final class Candidate {
    final int a;
    final int b;
    final long key;
    final int posA;
    String usual;

    Candidate(int a, int b, long key, int posA) {
      this.a = a;
      this.b = b;
      this.key = key;
      this.posA = posA;
    }
  }

  /** A text reduced to its letters and digits (lower case), with its original and its N-character keys. */
  private static final class Text extends FoldedText {
    final String original;

    Text(String text) {
      super(text);
      original = text;
    }

    /** Sorted distinct raw keys of every N-character string. */
    long[] keySet() {
      if (chars.length < N) {
        return new long[0];
      }
      long[] keys = new long[chars.length - N + 1];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = raw(chars, i);
      }
      Arrays.sort(keys);
      int m = 0;
      for (int i = 0; i < keys.length; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          keys[m++] = keys[i];
        }
      }
      return Arrays.copyOf(keys, m);
    }

    Map<Long, Integer> firstPositions(Set<Long> wanted) {
      Map<Long, Integer> first = new HashMap<>();
      for (int i = 0; i + N <= chars.length && first.size() < wanted.size(); i++) {
        long k = raw(chars, i);
        if (wanted.contains(k)) {
          first.putIfAbsent(k, i);
        }
      }
      return first;
    }

    String original(int pos) {
      return original.substring(index[pos], index[pos + N - 1] + 1);
    }
  }
}
