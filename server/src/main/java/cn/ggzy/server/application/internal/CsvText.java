package cn.ggzy.server.application.internal;

import cn.ggzy.server.domain.model.DomainException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of the application's imports (bid tables, section texts and scores, inspection
 * rosters): RFC 4180 through Apache Commons CSV, UTF-8 with or without a byte-order mark, CRLF or
 * LF, quoted cells holding commas, doubled quotes and line breaks. A blank line is a record of one
 * empty cell, so callers can skip it and still count lines.
 */
public final class CsvText {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvText() {}

  /**
   * The records of {@code text}, the header first; text that is not CSV (e.g. a quote closed in
   * the middle of a cell) is the domain error {@code malformedCode} on the field {@code file}.
   */
  public static List<List<String>> records(String text, String malformedCode) {
    String body = text == null ? "" : text;
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1);
    }
    try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
      List<List<String>> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
      return records;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new DomainException(malformedCode, "file");
    }
  }

  /** The header and rows as RFC 4180 text (what {@link #records} reads back). */
  public static String write(List<String> header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
