package cn.ggzy.lab.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ggzy.server.domain.model.rigging.TenderScreens;
import cn.ggzy.server.infrastructure.analytics.StatisticalBidScreens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product's {@link StatisticalBidScreens} against the screen columns published with the data sets. */
class PublishedScreenColumnsTest {
  private final StatisticalBidScreens screens = new StatisticalBidScreens();

  static List<String> files() {
    return Datasets.FILES;
  }

  /**
   * CV, SPD, KURT, SKEW and KSTEST equal the published columns in every tender of every market
   * (they are rounded to 4 decimals). The published DIFFP and RD cannot be reproduced from the bids
   * by any one formula (e.g. Japan tender 10 divides by the third-lowest bid), so they are checked
   * on a hand-computed tender instead (server's StatisticalBidScreensTest).
   */
  @ParameterizedTest
  @MethodSource("files")
  void screensEqualThePublishedColumns(String file) throws Exception {
    Optional<Path> dir = Datasets.directory();
    assumeTrue(dir.isPresent(), "data sets not found (shared/datasets/bid-rigging)");
    Map<String, List<Double>> bids = new LinkedHashMap<>();
    Map<String, double[]> published = new HashMap<>();
    String[] screenColumns = {"CV", "SPD", "KURT", "SKEW", "KSTEST"};
    try (CSVParser parser = TenderCsv.parse(Files.newBufferedReader(dir.get().resolve(file)))) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = TenderCsv.header(records.next());
      while (records.hasNext()) {
        List<String> cells = records.next().toList();
        String tender = cells.get(header.indexOf("Tender"));
        bids.computeIfAbsent(tender, t -> new ArrayList<>())
            .add(Double.parseDouble(cells.get(header.indexOf("Bid_value"))));
        double[] values = new double[screenColumns.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = Double.parseDouble(cells.get(header.indexOf(screenColumns[i])));
        }
        published.put(tender, values);
      }
    }
    int checked = 0;
    for (Map.Entry<String, List<Double>> e : bids.entrySet()) {
      TenderScreens s = screens.screen(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
      double[] ours = {s.coefficientOfVariation(), s.spread(), s.kurtosis(), s.skewness(), s.kolmogorovSmirnov()};
      double[] theirs = published.get(e.getKey());
      for (int i = 0; i < ours.length; i++) {
        double tolerance = 0.00006 + 0.00001 * Math.abs(theirs[i]);
        assertEquals(theirs[i], ours[i], tolerance,
            file + " tender " + e.getKey() + " " + screenColumns[i] + " bids " + e.getValue());
      }
      checked++;
    }
    assertEquals(bids.size(), checked);
  }
}
