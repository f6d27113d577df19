package cn.ggzy.server.infrastructure.analytics;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import cn.ggzy.server.domain.service.DocumentSimilarity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Near-duplicate bid files by MinHash and locality-sensitive hashing. A document becomes the set
 * of its character shingles (whitespace and punctuation removed, so it works for Chinese text)
 * minus every shingle of the tender's template; 128 MinHash values per document are cut into 32
 * bands of 4, documents that agree on a whole band become candidates, and each candidate pair is
 * confirmed by the exact Jaccard similarity of the two shingle sets. Shared passages are the
 * sentences both files contain that the template does not.
 */
@ApplicationScoped
public class MinHashDocumentSimilarity implements DocumentSimilarity {
  static final int SHINGLE = 7;
  private static final int HASHES = 128;
  private static final int ROWS = 4;
  private static final int BANDS = HASHES / ROWS;
  private static final long[] SEEDS = seeds();
  private static final int MAX_PASSAGES = 5;

  @Override
  public List<DocumentMatch> nearDuplicates(String template, List<BidDocument> documents, double threshold) {
    long[] templateShingles = shingles(normalise(template == null ? "" : template), null);
    long[][] sets = new long[documents.size()][];
    long[][] signatures = new long[documents.size()][];
    IntStream.range(0, documents.size()).parallel().forEach(d -> {
      sets[d] = shingles(normalise(documents.get(d).text()), templateShingles);
      signatures[d] = signature(sets[d]);
    });
    Set<Long> candidates = candidates(signatures);
    List<DocumentMatch> found = new ArrayList<>();
    Set<String> templateSentences = new HashSet<>(sentences(template));
    for (long pair : candidates) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      double jaccard = jaccard(sets[a], sets[b]);
      if (jaccard >= threshold && sets[a].length > 0) {
        found.add(new DocumentMatch(documents.get(a).bidder(), documents.get(b).bidder(), jaccard,
            sharedPassages(documents.get(a).text(), documents.get(b).text(), templateSentences)));
      }
    }
    found.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
    return found;
  }

  /** Exact all-pairs Jaccard (the reference the benchmark compares MinHash/LSH with). */
  public List<DocumentMatch> allPairs(String template, List<BidDocument> documents, double threshold) {
    long[] templateShingles = shingles(normalise(template == null ? "" : template), null);
    long[][] sets = documents.stream().map(d -> shingles(normalise(d.text()), templateShingles)).toArray(long[][]::new);
    List<DocumentMatch> found = new ArrayList<>();
    for (int a = 0; a < sets.length; a++) {
      for (int b = a + 1; b < sets.length; b++) {
        double jaccard = jaccard(sets[a], sets[b]);
        if (jaccard >= threshold && sets[a].length > 0) {
          found.add(new DocumentMatch(documents.get(a).bidder(), documents.get(b).bidder(), jaccard, List.of()));
        }
      }
    }
    return found;
  }

  private static Set<Long> candidates(long[][] signatures) {
    Set<Long> pairs = new LinkedHashSet<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int d = 0; d < signatures.length; d++) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
          key = mix(key * 31 + signatures[d][band * ROWS + r]);
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(d);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            pairs.add(((long) bucket.get(i) << 32) | bucket.get(j));
          }
        }
      }
    }
    return pairs;
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }

  /** Sorted distinct 64-bit hashes of the character shingles, without those of the template. */
  static long[] shingles(String text, long[] exclude) {
    if (text.length() < SHINGLE) {
      return new long[0];
    }
    long[] hashes = new long[text.length() - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < SHINGLE; k++) {
        h = (h ^ text.charAt(i + k)) * 0x100000001b3L;
      }
      hashes[i] = mix(h);
    }
    Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if ((i == 0 || hashes[i] != hashes[i - 1])
          && (exclude == null || Arrays.binarySearch(exclude, hashes[i]) < 0)) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, n);
  }

  private static long[] signature(long[] set) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : set) {
      for (int h = 0; h < HASHES; h++) {
        long v = mix(s ^ SEEDS[h]);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static List<String> sharedPassages(String a, String b, Set<String> template) {
    Set<String> inB = new HashSet<>(sentences(b));
    List<String> shared = new ArrayList<>();
    for (String s : sentences(a)) {
      if (inB.contains(s) && !template.contains(s) && normalise(s).length() >= SHINGLE && !shared.contains(s)) {
        shared.add(s);
        if (shared.size() == MAX_PASSAGES) {
          break;
        }
      }
    }
    return shared;
  }

  private static List<String> sentences(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[。！？；;!?\\n]+|(?<=\\.)\\s+")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** SplitMix64 finaliser: a good 64-bit mixer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long s = 0x5eed_1234_abcdL;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(s);
    }
    return seeds;
  }
}
