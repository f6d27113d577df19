package cn.ggzy.lab.clauses;

import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ClauseCategory;
import cn.ggzy.server.domain.model.review.ClauseReview;
import cn.ggzy.server.domain.model.review.ClauseSplitter;
import cn.ggzy.server.domain.model.review.Finding;
import cn.ggzy.server.domain.model.review.Paragraph;
import cn.ggzy.server.domain.model.review.ProjectFacts;
import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.infrastructure.documents.text.FileDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code review-clauses in.csv out.csv} reads UTF-8 CSV with columns {@code id,text} (one clause a
 * row, no project context) and writes {@code id,flagged,category,rule}.
 * {@code review-clauses --document FILE [--estimate YUAN] [--contract YUAN]} reviews a whole
 * document and prints each finding with its page and paragraph. {@code review-clauses --measure
 * labelled.csv} compares with the columns {@code flagged} and {@code category} of a labelled set.
 * {@code --rules FILE} reviews with another rule book (the office's edited one).
 */
public final class ReviewClausesCommand {
  private static final String USAGE = """
      usage: review-clauses [--rules rules.txt] in.csv out.csv
             review-clauses [--rules rules.txt] --document FILE [--estimate YUAN] [--contract YUAN]
             review-clauses [--rules rules.txt] --measure labelled.csv""";

  private ReviewClausesCommand() {
  }

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    RuleBook book = RuleBook.standard();
    int r = rest.indexOf("--rules");
    if (r >= 0 && r + 1 < rest.size()) {
      try (InputStream in = Files.newInputStream(Path.of(rest.get(r + 1)))) {
        book = RuleBook.read(in);
      }
      rest.remove(r + 1);
      rest.remove(r);
    }
    ClauseReview review = new ClauseReview(book);
    if (rest.size() >= 2 && rest.get(0).equals("--document")) {
      document(review, Path.of(rest.get(1)), amount(rest, "--estimate"), amount(rest, "--contract"), System.out);
    } else if (rest.size() == 2 && rest.get(0).equals("--measure")) {
      Measure.of(review, Path.of(rest.get(1))).print(System.out);
    } else if (rest.size() == 2 && !rest.get(0).startsWith("--")) {
      int n = csv(review, Path.of(rest.get(0)), Path.of(rest.get(1)));
      System.err.println(n + " clauses reviewed → " + rest.get(1));
    } else {
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  /** Reviews the clauses of {@code in} and writes the verdicts; returns the number of rows. */
  static int csv(ClauseReview review, Path in, Path out) throws IOException {
    int rows = 0;
    try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
            .setHeader("id", "flagged", "category", "rule").setRecordSeparator("\n").get())) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(false).get().parse(withoutBom(reader))) {
        Optional<Finding> f = review.verdict(row.get("text"));
        printer.printRecord(row.get("id"), f.isPresent() ? 1 : 0,
            f.map(x -> x.category().code()).orElse(ClauseCategory.NONE.code()), f.map(Finding::ruleId).orElse(""));
        rows++;
      }
    }
    return rows;
  }

  private static void document(ClauseReview review, Path file, BigDecimal estimate, BigDecimal contract,
      PrintStream out) throws IOException {
    long started = System.nanoTime();
    List<Paragraph> paragraphs = new FileDocumentReader().read(file.getFileName().toString(), Files.readAllBytes(file));
    List<Clause> clauses = ClauseSplitter.split(paragraphs);
    List<Finding> findings = review.review(clauses, ProjectFacts.of(estimate, contract));
    long ms = (System.nanoTime() - started) / 1_000_000;
    for (Finding f : findings) {
      Clause c = f.clause();
      out.printf(Locale.ROOT, "p.%d ¶%d  %-6s %-32s %s%s%n", c.page(), c.paragraph(), f.severity(), f.ruleId(),
          c.text(), f.measured().isEmpty() ? "" : "  [" + f.measured() + "]");
    }
    int pages = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).page();
    out.printf(Locale.ROOT, "%d pages, %d paragraphs, %d clauses, %d findings, %d ms%n", pages, paragraphs.size(),
        clauses.size(), findings.size(), ms);
  }

  private static BigDecimal amount(List<String> args, String flag) {
    int i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? new BigDecimal(args.get(i + 1)) : null;
  }

  static Reader withoutBom(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
