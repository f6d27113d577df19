package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review simulation on a small synthetic market: a ring of firms rigs one tender in six with bids
 * the index can only half tell apart; reviews teach the platform who the ring is.
 */
class ReviewSimulationTest {
  private static final Pattern FINAL = Pattern.compile(
      "final: labels=(\\d+) found=(\\d+) of=(\\d+) auc=(\\d\\.\\d{3}|NaN) default_found=(\\d+)");
  @TempDir
  Path dir;

  private static String market(long seed) {
    StringBuilder csv = new StringBuilder("Tender,Competitors,Winner,Bid_value,Collusive_competitor\n");
    Random r = new Random(seed);
    for (int t = 0; t < 600; t++) {
      boolean rigged = t % 6 == 0;
      List<String> bidders = new ArrayList<>();
      while (bidders.size() < 5) {
        String b = rigged && bidders.size() < 3 ? "ring" + r.nextInt(5) : "firm" + r.nextInt(150);
        if (!bidders.contains(b)) {
          bidders.add(b);
        }
      }
      boolean covers = rigged && r.nextBoolean();
      for (int i = 0; i < 5; i++) {
        double price = covers ? (i == 0 ? 100 : 110 + r.nextDouble()) : 100 + 20 * r.nextDouble();
        csv.append("T").append(t).append(',').append(bidders.get(i)).append(',').append(i == 0 ? 1 : 0).append(',')
            .append(String.format(Locale.ROOT, "%.2f", price)).append(',').append(rigged ? 1 : 0)
            .append('\n');
      }
    }
    return csv.toString();
  }

  private String simulate(String... extra) throws Exception {
    Path in = dir.resolve("ring.csv");
    Files.writeString(in, market(4));
    List<String> args = new ArrayList<>(List.of("review-simulation", in.toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, RiggingCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream())));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void learningFindsMoreThanTheDefaultOrderAndNeverFewer() throws Exception {
    String text = simulate("--batch", "10", "--labels", "100", "--seed", "3");
    List<String> lines = text.lines().toList();
    Matcher last = FINAL.matcher(lines.get(lines.size() - 1));
    assertTrue(last.matches(), lines.get(lines.size() - 1));
    assertEquals(100, Integer.parseInt(last.group(1)));
    assertEquals(100, Integer.parseInt(last.group(3)), "rigged tenders in the file");
    int found = Integer.parseInt(last.group(2));
    int defaultFound = Integer.parseInt(last.group(5));
    assertTrue(found > defaultFound + 20, text);
    List<String> batches = lines.subList(1, lines.size() - 1);
    assertEquals(10, batches.size(), "one line per batch");
    for (String line : batches) {
      String[] f = line.trim().split("\\s+");
      assertTrue(Integer.parseInt(f[1]) >= Integer.parseInt(f[4]), "never fewer than the default: " + line);
    }
    assertTrue(batches.get(batches.size() - 1).contains("region ("), "the region model took over: " + text);
  }

  @Test
  void theSameSeedGivesTheSameRun() throws Exception {
    assertEquals(simulate("--seed", "11", "--labels", "60"), simulate("--seed", "11", "--labels", "60"));
  }

  @Test
  void badArgumentsAreRefusedWithTheUsage() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, RiggingCommand.run(new String[] {"review-simulation"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("review-simulation IN.csv"));
  }
}
