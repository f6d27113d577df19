package cn.ggzy.server.infrastructure.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a rendered PDF sees: its text (without line breaks and spaces) and pages. */
record PdfText(String text, int pages) {
  static PdfText of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
      return new PdfText(text, document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean contains(String part) {
    return text.contains(part.replaceAll("[\\s\u3000]+", ""));
  }

  int count(String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
