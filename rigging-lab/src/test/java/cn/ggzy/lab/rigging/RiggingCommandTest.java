package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiggingCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return RiggingCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  /**
   * With the shipped model, a tender whose lowest bid stands far below three cover bids placed
   * close together scores higher than a tender of evenly spread bids; a bad row is reported.
   */
  @Test
  void scoresEveryTenderWithTheScreenIndex() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, """
        Tender,Bid_value,Winner
        even,100,1
        even,104,0
        even,108,0
        even,112,0
        even,116,0
        cover,100,1
        cover,115,0
        cover,115.5,0
        cover,116,0
        cover,116.4,0
        even,abc,0
        """);
    Path out = dir.resolve("out.csv");
    assertEquals(0, run("score", in.toString(), out.toString()));
    List<String> lines = Files.readAllLines(out);
    assertEquals("Tender,score", lines.get(0));
    assertEquals(3, lines.size());
    double even = Double.parseDouble(lines.get(1).split(",")[1]);
    double cover = Double.parseDouble(lines.get(2).split(",")[1]);
    assertTrue(lines.get(1).startsWith("even,") && lines.get(2).startsWith("cover,"));
    assertTrue(cover > even, lines.toString());
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("rejected line 12"));
  }

  @Test
  void trainsAModelThatScoreCanUse() throws Exception {
    Path market = dir.resolve("market.csv");
    Files.writeString(market, syntheticMarket(1));
    Path model = dir.resolve("model.ubj");
    assertEquals(0, run("train", model.toString(), market.toString(), market.toString()));
    Path out = dir.resolve("out.csv");
    assertEquals(0, run("score", market.toString(), out.toString(), "--model", model.toString()));
    List<String> lines = Files.readAllLines(out);
    assertTrue(Double.parseDouble(lines.get(1).split(",")[1]) > Double.parseDouble(lines.get(2).split(",")[1]));
  }

  /** Only the two required columns: every tender still gets a probability. */
  @Test
  void scoresAFileWithOnlyTenderAndBidValue() throws Exception {
    Path in = dir.resolve("bare.csv");
    Files.writeString(in, "Tender,Bid_value\nA,100\nA,130\nA,131\nB,5000\nC,7\nC,7.7\n");
    Path out = dir.resolve("bare-out.csv");
    assertEquals(0, run("score", in.toString(), out.toString()));
    List<String> lines = Files.readAllLines(out);
    assertEquals(List.of("A", "B", "C"), lines.subList(1, 4).stream().map(l -> l.split(",")[0]).toList());
    for (String line : lines.subList(1, 4)) {
      double p = Double.parseDouble(line.split(",")[1]);
      assertTrue(p >= 0 && p <= 1, line);
    }
  }

  /** The report names every market with its within-market and leave-one-market-out figures. */
  @Test
  void evaluatePrintsOneRowPerMarket() throws Exception {
    Path a = dir.resolve("alpha.csv");
    Path b = dir.resolve("beta.csv");
    Files.writeString(a, syntheticMarket(1));
    Files.writeString(b, syntheticMarket(2));
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    assertEquals(0, RiggingCommand.run(new String[] {"evaluate", a.toString(), b.toString(),
        "--repeats", "1"}, new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(log)));
    String text = report.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("LOMO-ROC") && text.contains("bal.acc"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("alpha ")) && text.lines().anyMatch(l -> l.startsWith("beta ")), text);
  }

  private static String syntheticMarket(long seed) {
    StringBuilder csv = new StringBuilder("Tender,Bid_value,Collusive_competitor\n");
    Random r = new Random(seed);
    for (int t = 0; t < 120; t++) {
      boolean rigged = t % 2 == 0;
      csv.append(t).append(',').append(100).append(',').append(rigged ? 1 : 0).append('\n');
      for (int b = 1; b < 5; b++) {
        double price = rigged ? 112 + b * 0.3 + r.nextDouble() : 100 + b * 3 + r.nextDouble() * 3;
        csv.append(t).append(',').append(price).append(',').append(rigged ? 1 : 0).append('\n');
      }
    }
    return csv.toString();
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() throws Exception {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "Id,Price\n1,2\n");
    Assertions.assertThrows(IOException.class,
        () -> run("score", in.toString(), dir.resolve("o.csv").toString()));
  }
}
