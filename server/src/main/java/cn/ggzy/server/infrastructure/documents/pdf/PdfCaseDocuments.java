package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.application.CaseDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case documents as PDF (A4, embedded subset of a CJK TrueType font). The font file is
 * configured by {@code platform.pdf.font}; the WenQuanYi fonts of Debian are the fall-backs.
 * Without any font, rendering fails with {@code documents.font.missing}.
 */
@ApplicationScoped
public class PdfCaseDocuments implements CaseDocuments {
  static final String MICRO_HEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  static final String ZEN_HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  private FontFiles fonts;

  protected PdfCaseDocuments() {}

  @Inject
  public PdfCaseDocuments(
      @ConfigProperty(name = "platform.pdf.font", defaultValue = MICRO_HEI) String font) {
    this(List.of(Path.of(font), Path.of(MICRO_HEI), Path.of(ZEN_HEI)));
  }

  /** With the font files to try, in order. */
  PdfCaseDocuments(List<Path> fontCandidates) {
    this.fonts = new FontFiles(fontCandidates);
  }

  @Override
  public byte[] notice(Notice notice) {
    Objects.requireNonNull(notice.kind(), "kind");
    return render(NoticeWording.of(notice).title() + " " + Objects.toString(notice.caseNumber(), ""),
        canvas -> {
          NoticeDocument.write(canvas, notice);
          return NoticeDocument::pageNumber;
        });
  }

  @Override
  public byte[] caseFile(CaseFile file) {
    return render("案卷 " + Objects.toString(file.caseNumber(), ""), canvas -> {
      CaseFileDocument.write(canvas, file);
      return CaseFileDocument.pages(file);
    });
  }

  /** Lays out one document with {@code content}, which returns what to stamp on every page. */
  private byte[] render(String title, Content content) {
    try (FontFiles.OpenFont font = fonts.open(); PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(title.strip());
      PdfCanvas canvas = new PdfCanvas(document, new DocumentFont(document, font.font()));
      return canvas.finish(content.write(canvas));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Content {
    PdfCanvas.PagePainter write(PdfCanvas canvas);
  }
}
