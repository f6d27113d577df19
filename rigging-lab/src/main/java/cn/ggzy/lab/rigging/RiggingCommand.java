package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.service.CollusionRiskModel;
import cn.ggzy.server.infrastructure.analytics.ScreenIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bid-rigging command line, runnable without the server (see README "Bid-rigging command").
 *
 * <pre>
 * score    IN.csv OUT.csv [--model FILE]            one line per tender: Tender,score (the screen index unless a model is given)
 * index    MARKET.csv...                            the screen index's ROC-AUC per market (cold start: no label used)
 * review-simulation IN.csv [--batch 20] [--labels 200] [--seed S]   replays a city reviewing and learning
 * reference OUT.txt MARKET.csv...                   writes the screen index's pooled reference (shipped in the WAR)
 * train    MODEL.ubj MARKET.csv... [--evaluate] [--repeats N]
 * evaluate MARKET.csv... [--repeats N]   per-market and leave-one-market-out table
 * published MARKET.csv... [--repeats N]   the published screen columns checked against the bids (PublishedScreens)
 * </pre>
 */
public final class RiggingCommand {
  private static final long SEED = 20_221_104L;

  private RiggingCommand() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length == 0) {
      return usage(err);
    }
    List<String> files = new ArrayList<>();
    String model = null;
    boolean evaluate = false;
    int repeats = 5;
    int batch = 20;
    int labels = 200;
    long seed = SEED;
    List<FeatureSet> sets = List.of(FeatureSet.MARKET);
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--model" -> model = args[++i];
        case "--evaluate" -> evaluate = true;
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--labels" -> labels = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> files.add(args[i]);
      }
    }
    switch (args[0]) {
      case "score" -> {
        if (files.size() != 2) {
          return usage(err);
        }
        score(Path.of(files.get(0)), Path.of(files.get(1)), model, err);
      }
      case "train" -> {
        if (files.size() < 2) {
          return usage(err);
        }
        List<Market> markets = markets(files.subList(1, files.size()), err);
        XgboostRiskModel trained = XgboostTraining.train(markets, sets.get(0), SEED);
        trained.save(Path.of(files.get(0)));
        err.println(sets.get(0).name().toLowerCase(Locale.ROOT) + " model written to " + files.get(0) + "; inputs: "
            + String.join(" ", trained.inputs()));
        if (evaluate) {
          evaluate(markets, List.of(sets.get(0)), repeats, out);
        }
      }
      case "evaluate" -> evaluate(markets(files, err), sets, repeats, out);
      case "index" -> {
        if (files.isEmpty()) {
          return usage(err);
        }
        out.print(ColdStart.table(markets(files, err)));
      }
      case "review-simulation" -> {
        if (files.size() != 1 || batch < 1 || labels < 1) {
          return usage(err);
        }
        Market market = markets(files, err).get(0);
        ReviewSimulation.print(ReviewSimulation.run(market.tenders(), market.labels(), batch, labels, seed),
            market.labels(), out);
      }
      case "reference" -> {
        if (files.size() < 2) {
          return usage(err);
        }
        List<List<TenderBids>> markets = new ArrayList<>();
        for (String f : files.subList(1, files.size())) {
          markets.add(read(Path.of(f)).bids());
        }
        Files.writeString(Path.of(files.get(0)), ScreenIndex.referenceOf(markets), StandardCharsets.UTF_8);
        err.println("screen index reference of " + markets.size() + " markets written to " + files.get(0));
      }
      case "published" -> {
        if (files.isEmpty()) {
          return usage(err);
        }
        List<PublishedScreens.Report> reports = new ArrayList<>();
        for (String f : files) {
          reports.add(PublishedScreens.check(marketName(f), Path.of(f), repeats, SEED));
        }
        out.printf("within market, %d × stratified 5-fold by tender, ROC-AUC of the market set's learner%n", repeats);
        out.print(PublishedScreens.table(reports));
      }
      default -> {
        return usage(err);
      }
    }
    return 0;
  }

  private static void evaluate(List<Market> markets, List<FeatureSet> sets, int repeats, PrintStream out) {
    for (FeatureSet set : sets) {
      out.printf("features: %s (within market: %d × stratified 5-fold by tender; LOMO: trained on the other markets)%n",
          set.name().toLowerCase(Locale.ROOT), repeats);
      out.print(ModelEvaluation.table(ModelEvaluation.evaluate(markets, set, repeats, SEED)));
    }
  }

  /** Reads, screens and scores one market; timings and rejected rows go to {@code log}. */
  static void score(Path in, Path outFile, String modelFile, PrintStream log) throws IOException {
    long start = System.nanoTime();
    TenderCsv.Table table = read(in);
    long parsed = System.nanoTime();
    CollusionRiskModel model = modelFile == null ? ScreenIndex.shipped() : XgboostRiskModel.load(Path.of(modelFile));
    List<TenderBids> tenders = table.bids();
    double[] scores = model.scores(tenders);
    try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      w.write("Tender,score\n");
      for (int i = 0; i < scores.length; i++) {
        w.write(csv(tenders.get(i).tender()));
        w.write(',');
        w.write(String.format(Locale.ROOT, "%.6f", scores[i]));
        w.write('\n');
      }
    }
    long done = System.nanoTime();
    table.rejected().stream().limit(20).forEach(r -> log.println("rejected line " + r.line() + ": " + r.reason()));
    log.printf(Locale.ROOT, "%d tenders, %d bids, %d rejected rows; read %.2f s, screened and scored %.2f s%n",
        tenders.size(), tenders.stream().mapToInt(TenderBids::size).sum(), table.rejected().size(),
        (parsed - start) / 1e9, (done - parsed) / 1e9);
  }

  static TenderCsv.Table read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TenderCsv.read(r);
    }
  }

  private static List<Market> markets(List<String> files, PrintStream log) throws IOException {
    List<Market> markets = new ArrayList<>();
    for (String f : files) {
      Market m = ModelEvaluation.market(marketName(f), read(Path.of(f)));
      if (m.tenders().isEmpty()) {
        throw new IOException(f + " has no labelled tenders (column Collusive_competitor)");
      }
      markets.add(m);
    }
    return markets;
  }

  private static String marketName(String file) {
    return Path.of(file).getFileName().toString().replace("DB_Collusion_", "").replace("_processed", "")
        .replace(".csv", "");
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static int usage(PrintStream err) {
    err.println("""
        usage: rigging score IN.csv OUT.csv [--model FILE]
               rigging index MARKET.csv...
               rigging review-simulation IN.csv [--batch 20] [--labels 200] [--seed S]
               rigging reference OUT.txt MARKET.csv...
               rigging train MODEL.ubj MARKET.csv... [--evaluate] [--repeats N]
               rigging evaluate MARKET.csv... [--repeats N]
               rigging published MARKET.csv... [--repeats N]
        CSV: one row per bid with columns Tender and Bid_value; Winner, Competitors used when present;
        training needs Collusive_competitor (1 = the tender was rigged).""");
    return 2;
  }
}
