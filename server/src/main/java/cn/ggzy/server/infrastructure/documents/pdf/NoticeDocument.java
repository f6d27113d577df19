package cn.ggzy.server.infrastructure.documents.pdf;

import static cn.ggzy.server.infrastructure.documents.pdf.NoticeWording.blank;

import cn.ggzy.server.application.CaseDocuments.Notice;
import cn.ggzy.server.infrastructure.documents.pdf.NoticeWording.NoticeText;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Align;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;

/**
 * A notice laid out like a Chinese administrative document: the issuer in red, the case number
 * above a red rule, the title, the addressee, the body with two-character indents, issuer and
 * date at the bottom right, and the page number as "— 1 —".
 */
final class NoticeDocument {
  private static final float ISSUER = 26;
  private static final float TITLE = 22;
  private static final float BODY = 16;
  private static final float LEADING = 28;

  private NoticeDocument() {}

  static void write(PdfCanvas canvas, Notice notice) {
    NoticeText text = NoticeWording.of(notice);
    if (!blank(notice.issuer())) {
      canvas.down(4 * PdfCanvas.MM);
      canvas.write(notice.issuer(), ISSUER, ISSUER * 1.6f, Align.CENTER,
          new Style(PdfCanvas.RED, true));
    }
    canvas.down(LEADING / 2);
    if (!blank(notice.caseNumber())) {
      canvas.write(notice.caseNumber(), BODY, LEADING, Align.CENTER, Style.PLAIN);
    }
    canvas.rule(canvas.left(), canvas.right(), canvas.top() - 4, 1.5f, PdfCanvas.RED);
    canvas.down(LEADING);
    canvas.write(text.title(), TITLE, TITLE * 1.6f, Align.CENTER, Style.BOLD);
    canvas.down(LEADING / 2);
    canvas.write(text.salutation(), BODY, LEADING, Align.LEFT, Style.PLAIN);
    for (String paragraph : text.paragraphs()) {
      canvas.paragraph(paragraph, BODY, LEADING, 2 * BODY, Style.PLAIN);
    }
    signature(canvas, notice);
  }

  /** Issuer centred over the date; the date ends two characters before the right margin. */
  private static void signature(PdfCanvas canvas, Notice notice) {
    String issuer = canvas.font().printable(blank(notice.issuer()) ? "" : notice.issuer().strip());
    String date = ChineseDates.date(notice.issuedOn());
    if (issuer.isEmpty() && date.isEmpty()) {
      return;
    }
    canvas.down(LEADING);
    canvas.keep(3 * LEADING);
    float issuerWidth = canvas.font().width(issuer, BODY);
    float dateWidth = canvas.font().width(date, BODY);
    float center = canvas.right() - 2 * BODY - dateWidth / 2;
    center = Math.min(center, canvas.right() - issuerWidth / 2);
    for (String line : new String[] {issuer, date}) {
      if (!line.isEmpty()) {
        float x = center - canvas.font().width(line, BODY) / 2;
        canvas.text(line, x, PdfCanvas.baseline(canvas.top(), BODY, LEADING), BODY, Style.PLAIN);
        canvas.down(LEADING);
      }
    }
  }

  /** "— 1 —" centred at the foot of every page. */
  static void pageNumber(PdfCanvas canvas, int page, int pages) {
    String number = "— " + page + " —";
    float size = 14;
    float x = canvas.left() + (canvas.width() - canvas.font().width(number, size)) / 2;
    canvas.text(number, x, canvas.bottom() - 12 * PdfCanvas.MM, size, Style.PLAIN);
  }
}
