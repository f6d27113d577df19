package cn.ggzy.server.infrastructure.documents.pdf;

import static cn.ggzy.server.infrastructure.documents.pdf.ChineseDates.dateTime;
import static cn.ggzy.server.infrastructure.documents.pdf.ChineseDates.deadline;
import static cn.ggzy.server.infrastructure.documents.pdf.NoticeWording.blank;

import cn.ggzy.server.application.CaseDocuments.CaseFile;
import cn.ggzy.server.application.CaseDocuments.Row;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Align;
import cn.ggzy.server.infrastructure.documents.pdf.PdfCanvas.Style;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The export of a case file (案卷): a cover page, then the sections basic facts, deadlines,
 * timeline, approvals, transfers and referrals, consultations and decision; every page but the
 * cover carries the case number at the top, and every page the export time, the person who
 * exported it and "第 1 页 共 9 页" at the foot.
 */
final class CaseFileDocument {
  private static final float BODY = 14;
  private static final float LEADING = 24;
  private static final float TABLE = 10.5f;
  private static final float SMALL = 9;
  private static final float[] ROW_WIDTHS = {1.1f, 5.2f, 2.8f, 4.6f, 4.6f};
  private static final List<String> ROW_HEADER = List.of("序号", "时间", "经办人", "事项", "备注");

  private CaseFileDocument() {}

  static void write(PdfCanvas canvas, CaseFile file) {
    cover(canvas, file);
    canvas.newPage();
    section(canvas, "一、基本情况");
    facts(canvas, file);
    section(canvas, "二、办理期限");
    List<String[]> deadlines = new ArrayList<>();
    addIf(deadlines, "受理期限", deadline(file.acceptanceDue(), file.acceptanceProvisionalYear()));
    addIf(deadlines, "办结期限", deadline(file.completionDue(), file.completionProvisionalYear()));
    keyValues(canvas, deadlines);
    rows(canvas, "三、办理过程", file.timeline());
    rows(canvas, "四、审批记录", file.approvals());
    rows(canvas, "五、转办与移送", file.transfersAndReferrals());
    rows(canvas, "六、会商记录", file.consultations());
    section(canvas, "七、处理决定");
    canvas.paragraph(blank(file.decision()) ? "尚未作出处理决定。" : file.decision().strip(),
        BODY, LEADING, 2 * BODY, Style.PLAIN);
  }

  private static void cover(PdfCanvas canvas, CaseFile file) {
    canvas.down(40 * PdfCanvas.MM);
    canvas.write("案  卷", 36, 60, Align.CENTER, Style.BOLD);
    canvas.down(10 * PdfCanvas.MM);
    if (!blank(file.title())) {
      canvas.write(file.title().strip(), 22, 36, Align.CENTER, Style.BOLD);
    }
    canvas.down(20 * PdfCanvas.MM);
    List<String[]> lines = new ArrayList<>();
    addIf(lines, "案　　号", file.caseNumber());
    addIf(lines, "承办部门", file.ownerNameZh());
    addIf(lines, "所属区域", file.regionNameZh());
    addIf(lines, "案件来源", file.sourceZh());
    addIf(lines, "收件时间", dateTime(file.receivedAt()));
    addIf(lines, "受理期限", deadline(file.acceptanceDue(), file.acceptanceProvisionalYear()));
    addIf(lines, "办结期限", deadline(file.completionDue(), file.completionProvisionalYear()));
    addIf(lines, "案件状态", file.statusZh());
    float indent = 20 * PdfCanvas.MM;
    for (String[] line : lines) {
      canvas.paragraph(line[0] + "：" + line[1], 16, 32, indent, Style.PLAIN);
    }
  }

  private static void facts(PdfCanvas canvas, CaseFile file) {
    List<String[]> facts = new ArrayList<>();
    addIf(facts, "案号", file.caseNumber());
    addIf(facts, "案件名称", file.title());
    addIf(facts, "案件来源", file.sourceZh());
    addIf(facts, "案件状态", file.statusZh());
    addIf(facts, "所属区域", file.regionNameZh());
    addIf(facts, "承办部门", file.ownerNameZh());
    addIf(facts, "承办人", file.assignee());
    addIf(facts, "项目编号", file.projectCode());
    addIf(facts, "项目名称", file.projectName());
    addIf(facts, "收件时间", dateTime(file.receivedAt()));
    addIf(facts, "案情摘要", file.summary());
    keyValues(canvas, facts);
  }

  private static void keyValues(PdfCanvas canvas, List<String[]> pairs) {
    if (pairs.isEmpty()) {
      canvas.paragraph("无。", BODY, LEADING, 2 * BODY, Style.PLAIN);
      return;
    }
    PdfTable table = new PdfTable(canvas, TABLE, new float[] {1, 4}, List.of());
    pairs.forEach(table::row);
  }

  private static void rows(PdfCanvas canvas, String heading, List<Row> rows) {
    section(canvas, heading);
    if (rows == null || rows.isEmpty()) {
      canvas.paragraph("无。", BODY, LEADING, 2 * BODY, Style.PLAIN);
      return;
    }
    PdfTable table = new PdfTable(canvas, TABLE, ROW_WIDTHS, ROW_HEADER);
    int number = 1;
    for (Row row : rows) {
      table.row(String.valueOf(number++), dateTime(row.at()), text(row.who()), text(row.what()),
          text(row.note()));
    }
  }

  private static void section(PdfCanvas canvas, String heading) {
    canvas.down(LEADING / 3);
    canvas.keep(4 * LEADING);
    canvas.write(heading, 16, LEADING * 1.2f, Align.LEFT, Style.BOLD);
  }

  /** Case number at the top of every page after the cover; export and page at the foot. */
  static PdfCanvas.PagePainter pages(CaseFile file) {
    String when = file.exportedAt() == null ? "" : "导出时间：" + dateTime(file.exportedAt());
    String who = blank(file.exportedBy()) ? "" : "导出人：" + file.exportedBy().strip();
    String exported = (when + "　" + who).strip();
    return (canvas, page, pages) -> {
      String printable = canvas.font().printable(exported);
      float foot = canvas.bottom() - 10 * PdfCanvas.MM;
      canvas.rule(canvas.left(), canvas.right(), foot + SMALL + 3, 0.5f, Color.GRAY);
      canvas.text(printable, canvas.left(), foot, SMALL, Style.PLAIN);
      String number = "第 " + page + " 页 共 " + pages + " 页";
      canvas.text(number, canvas.right() - canvas.font().width(number, SMALL), foot, SMALL,
          Style.PLAIN);
      if (page > 1 && !blank(file.caseNumber())) {
        String head = canvas.font().printable(file.caseNumber().strip());
        float y = canvas.pageTop() + 8 * PdfCanvas.MM;
        canvas.text(head, canvas.right() - canvas.font().width(head, SMALL), y, SMALL, Style.PLAIN);
        canvas.rule(canvas.left(), canvas.right(), y - 3, 0.5f, Color.GRAY);
      }
    };
  }

  private static void addIf(List<String[]> pairs, String label, String value) {
    if (!blank(value)) {
      pairs.add(new String[] {label, value.strip()});
    }
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
