package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ClauseReview;
import cn.ggzy.server.domain.model.review.ClauseSplitter;
import cn.ggzy.server.domain.model.review.Finding;
import cn.ggzy.server.domain.model.review.Paragraph;
import cn.ggzy.server.domain.model.review.ProjectFacts;
import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.infrastructure.documents.text.FileDocumentReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Review of a 200-page tender document end to end (issue 23: ≤ 10 s on 2 cores): the text read
 * from the file (.docx and .pdf), split into clauses and reviewed with the shipped rule book.
 * The document is made of the labelled clauses (lawful and not) among paragraphs of ordinary
 * tender-document text, about 1,300 characters a page. Prints cold and warm times and the heap.
 * {@code server/bench/clause-review.sh [pages] [runs]}
 */
public final class ClauseReviewBenchmark {
  private static final String FILLER = "投标人应当按照招标文件的要求编制投标文件，投标文件应当对招标文件提出的实质性要求和条件作出"
      + "响应。招标人对已发出的招标文件进行必要的澄清或者修改的，应当以书面形式通知所有获取招标文件的潜在投标人。"
      + "评标委员会按照招标文件确定的评标标准和方法，对投标文件进行评审和比较。";

  private ClauseReviewBenchmark() {}

  public static void main(String[] args) throws IOException {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String> clauses = labelled();
    byte[] docx = docx(pages, clauses);
    byte[] pdf = pdf(pages, clauses);
    System.out.printf("document: %d pages; .docx %d KB, .pdf %d KB%n", pages, docx.length / 1024, pdf.length / 1024);
    ClauseReview review = new ClauseReview(RuleBook.standard());
    FileDocumentReader reader = new FileDocumentReader();
    ProjectFacts facts = ProjectFacts.of(new BigDecimal("30000000"), null);
    for (String kind : List.of("docx", "pdf")) {
      byte[] file = kind.equals("docx") ? docx : pdf;
      LatencyStats stats = new LatencyStats();
      long cold = 0;
      int found = 0;
      int clauseCount = 0;
      for (int i = 0; i <= runs; i++) {
        long t0 = System.nanoTime();
        List<Paragraph> paragraphs = reader.read("bench." + kind, file);
        List<Clause> split = ClauseSplitter.split(paragraphs);
        List<Finding> findings = review.review(split, facts);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (i == 0) {
          cold = ms;
        } else {
          stats.add(ms);
        }
        found = findings.size();
        clauseCount = split.size();
      }
      System.out.printf(".%s: %d clauses, %d findings; cold %d ms, warm p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", kind,
          clauseCount, found, cold, stats.percentile(50), stats.percentile(95), stats.percentile(100));
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf("heap used after the runs: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
  }

  private static List<String> labelled() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Reader in = new InputStreamReader(ClauseReviewBenchmark.class.getResourceAsStream("/clauses/labelled.csv"),
        StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        texts.add(row.get("text"));
      }
    }
    return texts;
  }

  /** The paragraphs of page {@code p}: filler and, every page, two labelled clauses. */
  private static List<String> page(int p, List<String> clauses, Random random) {
    List<String> out = new ArrayList<>();
    out.add("第" + (p + 1) + "节 投标人须知（续）");
    for (int i = 0; i < 6; i++) {
      out.add((i + 1) + ". " + FILLER.substring(random.nextInt(20)));
      if (i == 2 || i == 4) {
        out.add("（" + (i + 1) + "）" + clauses.get(random.nextInt(clauses.size())));
      }
    }
    return out;
  }

  private static byte[] docx(int pages, List<String> clauses) throws IOException {
    Random random = new Random(23);
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages; p++) {
        for (String text : page(p, clauses, random)) {
          doc.createParagraph().createRun().setText(text);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(int pages, List<String> clauses) throws IOException {
    Random random = new Random(23);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrueTypeCollection ttc = new TrueTypeCollection(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").toFile())) {
      PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.setFont(font, 10);
          float y = 750;
          for (String text : page(p, clauses, random)) {
            for (int from = 0; from < text.length(); from += 46) {
              s.beginText();
              s.newLineAtOffset(40, y);
              s.showText(text.substring(from, Math.min(text.length(), from + 46)));
              s.endText();
              y -= 14;
            }
            y -= 4;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
