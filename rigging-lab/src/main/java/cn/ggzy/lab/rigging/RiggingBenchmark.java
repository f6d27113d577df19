package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.infrastructure.analytics.MinHashDocumentSimilarity;
import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The figures of the bid-rigging engine on generated data (run by {@code server/bench/rigging.sh}; scores with the screen index as the server does):
 * {@code screening TENDERS BIDS_PER_TENDER} writes a CSV, times parsing it alone and parsing plus
 * screening and scoring every tender; {@code documents N} times the MinHash/LSH near-duplicate
 * search over N generated bid files and the exact all-pairs comparison (on a sample, extrapolated
 * when N is large); {@code live HISTORY SECTIONS} times the live screening's scoring: the sections
 * of one import, each explained against a department history of HISTORY tenders (read once).
 */
public final class RiggingBenchmark {

  private RiggingBenchmark() {}

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "screening" -> screening(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      case "documents" -> documents(Integer.parseInt(args[1]));
      case "live" -> live(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("screening TENDERS BIDS | documents N | live HISTORY SECTIONS");
    }
  }

  private static void screening(int tenders, int bidsPerTender) throws IOException {
    Path file = Files.createTempFile("rigging-bench", ".csv");
    try {
      generate(file, tenders, bidsPerTender, new Random(7));
      System.out.printf(Locale.ROOT, "file: %d tenders, %d bids, %.0f MB%n", tenders, tenders * bidsPerTender,
          Files.size(file) / 1e6);
      ScreenIndex model = ScreenIndex.shipped();
      double parse = Double.MAX_VALUE;
      double full = Double.MAX_VALUE;
      for (int round = 0; round < 2; round++) {
        long t0 = System.nanoTime();
        int parsed = RiggingCommand.read(file).tenders().size();
        long t1 = System.nanoTime();
        TenderCsv.Table table = RiggingCommand.read(file);
        double[] scores = model.scores(table.bids());
        long t2 = System.nanoTime();
        if (parsed != scores.length) {
          throw new IllegalStateException("tender count differs");
        }
        parse = Math.min(parse, (t1 - t0) / 1e9);
        full = Math.min(full, (t2 - t1) / 1e9);
      }
      System.out.printf(Locale.ROOT, "parse only: %.2f s; parse + screen index: %.2f s (%.2f× parsing)%n",
          parse, full, full / parse);
      System.out.printf(Locale.ROOT, "heap: max %d MB, peak used %d MB%n",
          Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Tenders of a generated market: lognormal prices, a pool of firms, every tenth tender with cover bids. */
  private static void live(int history, int sections) throws IOException {
    Path file = Files.createTempFile("rigging-live", ".csv");
    try {
      generate(file, history, 8, new Random(5));
      List<TenderBids> market = RiggingCommand.read(file).bids();
      ScreenIndex index = ScreenIndex.shipped();
      for (int round = 0; round < 2; round++) {
        List<TenderBids> copy = new ArrayList<>(market);   // a new history per import, as the server reads it
        long t0 = System.nanoTime();
        double sum = 0;
        for (int s = 0; s < sections; s++) {
          sum += index.explain(List.of(copy.get(s * (copy.size() / sections))), copy).get(0).score();
        }
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "live: %d sections against a history of %d tenders: %.2f s (%.1f ms per section,"
            + " mean score %.3f)%n", sections, history, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / sections, sum / sections);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static void generate(Path file, int tenders, int bids, Random r) throws IOException {
    int firms = Math.max(50, tenders / 20);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("Tender,Bid_value,Winner,Competitors\n");
      StringBuilder line = new StringBuilder();
      for (int t = 0; t < tenders; t++) {
        double estimate = Math.exp(12 + 2 * r.nextGaussian());
        boolean rigged = t % 10 == 0;
        int base = r.nextInt(firms);
        for (int b = 0; b < bids; b++) {
          double price = rigged && b > 0 ? estimate * (1.08 + 0.005 * r.nextGaussian())
              : estimate * (1 + 0.05 * r.nextGaussian());
          line.setLength(0);
          line.append(t).append(',').append(String.format(Locale.ROOT, "%.2f", price)).append(',')
              .append(b == 0 ? 1 : 0).append(',').append((base + b * 7) % firms).append('\n');
          w.append(line);
        }
      }
    }
  }

  private static void documents(int n) {
    Random r = new Random(11);
    String template = sentences(r, 40);
    List<BidDocument> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String own = i % 100 == 1 ? copyOf(docs.get(i - 1).text(), template, r) : sentences(r, 60);
      docs.add(new BidDocument("B" + i, template + own));
    }
    MinHashDocumentSimilarity similarity = new MinHashDocumentSimilarity();
    long t0 = System.nanoTime();
    List<DocumentMatch> found = similarity.nearDuplicates(template, docs, 0.5);
    double lsh = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "MinHash/LSH over %d documents: %.2f s, %d near-duplicate pairs (%d planted)%n",
        n, lsh, found.size(), n / 100);
    int sample = Math.min(n, 1000);
    long t1 = System.nanoTime();
    int exact = similarity.allPairs(template, docs.subList(0, sample), 0.5).size();
    double allPairs = (System.nanoTime() - t1) / 1e9;
    double pairsRatio = ((double) n * (n - 1)) / ((double) sample * (sample - 1));
    System.out.printf(Locale.ROOT, "exact all-pairs over %d documents: %.2f s (%d pairs found)%s%n", sample, allPairs,
        exact, sample < n ? String.format(Locale.ROOT, "; extrapolated to %d documents: %.0f s", n, allPairs * pairsRatio) : "");
  }

  private static String copyOf(String text, String template, Random r) {
    String own = text.substring(template.length());
    return own.substring(0, own.length() * 9 / 10) + sentences(r, 6);
  }

  private static String sentences(Random r, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < 20 + r.nextInt(15); k++) {
        s.append((char) (0x4e00 + r.nextInt(3500)));
      }
      s.append('。');
    }
    return s.toString();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
