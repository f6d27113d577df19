package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedScreensTest {
  @TempDir
  Path dir;

  /** Below the highest price 120: 100, 110, 112, 114 (mean 109, sd √(116/3)); next price 110. */
  @Test
  void rdOverTheBidsBelowTheHighestPrice() {
    assertEquals(10 / Math.sqrt(116 / 3.0), PublishedScreens.rdBelowHighest(new double[] {100, 110, 112, 114, 120}),
        1e-9);
    // equal lowest and highest bids: the next distinct price 110; below 120: 100, 100, 110
    assertEquals(10 / Math.sqrt(200 / 3.0 / 2), PublishedScreens.rdBelowHighest(new double[] {100, 100, 110, 120, 120}),
        1e-9);
    assertEquals(0, PublishedScreens.rdBelowHighest(new double[] {100, 100, 100}));
    assertEquals(0, PublishedScreens.rdBelowHighest(new double[] {100, 110, 110}), "one bid below the highest");
  }

  /**
   * Bids drawn at random whatever the label, and an RD column written by the formula for the
   * rigged tenders but offset for the competitive ones: the check counts who follows the formula,
   * the published column predicts the label and the recomputed one does not.
   */
  @Test
  void aColumnPreparedDifferentlyPerLabelIsExposed() throws Exception {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("Tender,Bid_value,Collusive_competitor,Number_bids,CV,SPD,DIFFP,RD,KURT,SKEW,KSTEST\n");
    for (int t = 0; t < 60; t++) {
      int label = t % 2;
      double[] bids = new double[5];
      for (int i = 0; i < bids.length; i++) {
        bids[i] = Math.round(1000 + random.nextDouble() * 200);
      }
      double[] sorted = bids.clone();
      Arrays.sort(sorted);
      double rd = PublishedScreens.rdBelowHighest(sorted) + (label == 1 ? 0 : 10);
      for (double b : bids) {
        csv.append(String.format(Locale.ROOT, "T%d,%.0f,%d,5,0.05,0.2,0.01,%.4f,0,0,0.3%n", t, b, label, rd));
      }
    }
    Path file = dir.resolve("market.csv");
    Files.writeString(file, csv);
    PublishedScreens.Report r = PublishedScreens.check("m", file, 1, 11);
    assertEquals(30, r.rigged());
    assertEquals(30, r.riggedFollowing());
    assertEquals(30, r.competitive());
    assertEquals(0, r.competitiveFollowing());
    assertTrue(r.published() > 0.95, "published column tells the label: " + r.published());
    assertTrue(r.recomputed() < 0.75 && r.ours() < 0.75, r.toString());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, RiggingCommand.run(new String[] {"published", file.toString(), "--repeats", "1"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.lines().anyMatch(l -> l.matches("market\\s+30/30\\s+0/30 \\|.*")), table);
  }

  /**
   * The finding the README reports: in Ticino the published RD follows the formula in 176 of 181
   * rigged tenders of three or more bids and in none of the 39 competitive ones; the published
   * DIFFP is ours over distinct prices ({@code diffpDistinct}) in 219 of those 220 tenders.
   */
  @Test
  void ticinoPublishesRdOneWayForRiggedTendersOnly() throws Exception {
    Optional<Path> datasets = Datasets.directory();
    assumeTrue(datasets.isPresent(), "data sets not found (shared/datasets/bid-rigging)");
    Path ticino = datasets.get().resolve("DB_Collusion_Switzerland_Ticino_processed.csv");
    PublishedScreens.Report r = PublishedScreens.check("Ticino", ticino, 1, 3);
    assertEquals(List.of(181, 176, 39, 0),
        List.of(r.rigged(), r.riggedFollowing(), r.competitive(), r.competitiveFollowing()));

    Map<String, float[]> published = PublishedScreens.publishedColumns(ticino);
    int diffp = PublishedScreens.COLUMNS.indexOf("DIFFP");
    int tenders = 0;
    int equal = 0;
    int diffpDistinct = TenderFeatures.index("diffpDistinct");
    for (TenderBids t : RiggingCommand.read(ticino).bids()) {
      if (t.size() >= 3) {
        float[] x = TenderFeatures.of(List.of(t));
        tenders++;
        equal += Math.abs(x[diffpDistinct] - published.get(t.tender())[diffp]) <= 0.00006 ? 1 : 0;
      }
    }
    assertEquals(220, tenders);
    assertEquals(219, equal);
  }

  @Test
  void aFileWithoutThePublishedColumnsIsRefused() throws Exception {
    Path file = dir.resolve("plain.csv");
    Files.writeString(file, "Tender,Bid_value,Collusive_competitor\nA,100,1\nA,110,1\nA,120,1\n");
    IOException e = assertThrows(IOException.class, () -> PublishedScreens.check("m", file, 1, 1));
    assertTrue(e.getMessage().contains("Number_bids"), e.getMessage());
  }
}
