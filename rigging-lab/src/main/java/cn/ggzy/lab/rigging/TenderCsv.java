package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads bids in the format of the published collusion data sets: one row per bid, columns
 * {@code Tender} and {@code Bid_value} required, {@code Winner}, {@code Competitors} and
 * {@code Collusive_competitor} (the label) used when present, any other column ignored. Rows of a
 * tender need not be adjacent. A row that cannot be read is reported, never dropped silently.
 */
public final class TenderCsv {

  /** One tender with its label (1 rigged, 0 competitive, −1 unknown). */
  public record LabelledTender(TenderBids tender, int label) {}

  /** A row that was not read: line number (1 = header) and reason. */
  public record RejectedRow(long line, String reason) {}

  /** The tenders in order of first appearance, and the rejected rows. */
  public record Table(List<LabelledTender> tenders, List<RejectedRow> rejected) {

    public List<TenderBids> bids() {
      return tenders.stream().map(LabelledTender::tender).toList();
    }

    public int[] labels() {
      return tenders.stream().mapToInt(LabelledTender::label).toArray();
    }
  }

  private TenderCsv() {}

  public static Table read(Reader source) throws IOException {
    try (CSVParser parser = parse(source)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new IOException("empty file: a header with Tender and Bid_value is required");
      }
      List<String> names = header(records.next());
      int tender = names.indexOf("Tender");
      int bid = names.indexOf("Bid_value");
      if (tender < 0 || bid < 0) {
        throw new IOException("header must name the columns Tender and Bid_value");
      }
      int winner = names.indexOf("Winner");
      int bidder = names.indexOf("Competitors");
      int label = names.indexOf("Collusive_competitor");
      Map<String, Builder> tenders = new LinkedHashMap<>();
      List<RejectedRow> rejected = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = record.getRecordNumber();
        List<String> cells = record.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (cells.size() <= Math.max(tender, bid)) {
          rejected.add(new RejectedRow(line, "too few columns"));
          continue;
        }
        String id = cells.get(tender).strip();
        double price = number(cells.get(bid));
        if (id.isEmpty()) {
          rejected.add(new RejectedRow(line, "Tender is empty"));
        } else if (!(price > 0) || Double.isInfinite(price)) {
          rejected.add(new RejectedRow(line, "Bid_value is not a positive number: " + cells.get(bid)));
        } else {
          Builder b = tenders.computeIfAbsent(id, Builder::new);
          b.add(price, cell(cells, bidder), number(cell(cells, winner)) >= 0.5,
              label < 0 ? -1 : (number(cell(cells, label)) > 0 ? 1 : 0));
        }
      }
      List<LabelledTender> out = new ArrayList<>(tenders.size());
      for (Builder b : tenders.values()) {
        out.add(b.build());
      }
      return new Table(out, rejected);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The records of a data-set file: RFC 4180 through Apache Commons CSV; a blank line is a record
   * of one empty cell and a record's number is its line while no quoted cell spans lines (1 = header).
   */
  public static CSVParser parse(Reader source) throws IOException {
    return CSVFormat.RFC4180.parse(source instanceof BufferedReader ? source : new BufferedReader(source, 1 << 16));
  }

  /** The column names of a header record, the byte-order mark and surrounding blanks removed. */
  public static List<String> header(CSVRecord record) {
    List<String> names = new ArrayList<>(record.toList());
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1));
    }
    names.replaceAll(String::strip);
    return names;
  }

  private static String cell(List<String> cells, int index) {
    return index < 0 || index >= cells.size() ? null : cells.get(index).strip();
  }

  private static double number(String text) {
    if (text == null || text.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final class Builder {
    private final String id;
    private double[] prices = new double[8];
    private final List<String> bidders = new ArrayList<>(8);
    private int size;
    private int winner = -1;
    private int label = -1;

    Builder(String id) {
      this.id = id;
    }

    void add(double price, String bidder, boolean won, int rowLabel) {
      if (size == prices.length) {
        prices = Arrays.copyOf(prices, size * 2);
      }
      if (won && winner < 0) {
        winner = size;
      }
      prices[size++] = price;
      bidders.add(bidder == null || bidder.isEmpty() ? null : bidder);
      label = Math.max(label, rowLabel);
    }

    LabelledTender build() {
      boolean known = bidders.stream().allMatch(b -> b != null);
      return new LabelledTender(new TenderBids(id, Arrays.copyOf(prices, size),
          known ? List.copyOf(bidders) : null, winner), label);
    }
  }
}
