package cn.ggzy.server.domain.model.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a document with the model text it should follow, clause by clause, on words: a clause
 * whose words are the same as a model clause's is unchanged (numbering, spaces and punctuation
 * aside); otherwise the model clause sharing the most words is its origin when at least
 * {@link #NEAR} of their words are shared (changed, with the word diff), else the clause was added.
 * Model clauses that no document clause matched or changed were removed. Candidates come from an
 * index of words, so a 200-page document against its model compares in well under a second.
 */
public final class ModelTextComparison {
  static final double NEAR = 0.5;
  private final WordSegmenter segmenter;

  public ModelTextComparison(WordSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The deviations in document order, then the removed model clauses in model order. */
  public List<Deviation> compare(List<Clause> document, List<Clause> model) {
    List<List<String>> modelWords = new ArrayList<>();
    Map<String, Integer> exact = new HashMap<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < model.size(); i++) {
      List<String> words = segmenter.words(withoutNumbering(model.get(i).text()));
      modelWords.add(words);
      exact.putIfAbsent(String.join("", words), i);
      for (String w : new HashSet<>(words)) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> used = new HashSet<>();
    List<Deviation> out = new ArrayList<>();
    for (Clause c : document) {
      List<String> words = segmenter.words(withoutNumbering(c.text()));
      if (words.isEmpty()) {
        continue;
      }
      Integer same = exact.get(String.join("", words));
      if (same != null) {
        used.add(same);
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      Set<String> distinct = new LinkedHashSet<>(words);
      for (String w : distinct) {
        List<Integer> hits = index.get(w);
        if (hits != null && hits.size() < Math.max(50, model.size() / 5)) {
          for (int i : hits) {
            shared.merge(i, 1, Integer::sum);
          }
        }
      }
      int best = -1;
      double bestScore = 0;
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        double score = jaccard(distinct, new HashSet<>(modelWords.get(e.getKey())));
        if (score > bestScore) {
          bestScore = score;
          best = e.getKey();
        }
      }
      if (best >= 0 && bestScore >= NEAR) {
        used.add(best);
        out.add(new Deviation(Deviation.Kind.CHANGED, c, model.get(best), bestScore,
            diff(modelWords.get(best), words)));
      } else {
        out.add(new Deviation(Deviation.Kind.ADDED, c, null, 0, List.of(new Deviation.WordChange(
            Deviation.Op.ADDED, c.text()))));
      }
    }
    for (int i = 0; i < model.size(); i++) {
      if (!used.contains(i) && !modelWords.get(i).isEmpty()) {
        out.add(new Deviation(Deviation.Kind.REMOVED, null, model.get(i), 0,
            List.of(new Deviation.WordChange(Deviation.Op.REMOVED, model.get(i).text()))));
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** The word diff turning the model's words into the document's (longest common subsequence), runs merged. */
  static List<Deviation.WordChange> diff(List<String> from, List<String> to) {
    int n = from.size();
    int m = to.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = from.get(i).equals(to.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Deviation.WordChange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && from.get(i).equals(to.get(j))) {
        append(out, Deviation.Op.KEPT, from.get(i));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        append(out, Deviation.Op.REMOVED, from.get(i++));
      } else {
        append(out, Deviation.Op.ADDED, to.get(j++));
      }
    }
    return out;
  }

  private static void append(List<Deviation.WordChange> out, Deviation.Op op, String word) {
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Deviation.WordChange last = out.remove(out.size() - 1);
      out.add(new Deviation.WordChange(op, last.text() + word));
    } else {
      out.add(new Deviation.WordChange(op, word));
    }
  }

  private static String withoutNumbering(String text) {
    return text.replaceFirst("^\\s*(?:第[一二三四五六七八九十百零0-9]+[章节条款项]|[0-9]+(?:\\.[0-9]+)*[、.．]?|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳])\\s*", "");
  }
}
