package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseDocuments.CaseFile;
import cn.ggzy.server.application.CaseDocuments.Row;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export of a case file, rendered and read back as a reader would see it. */
class PdfCaseFileTest {
  private static final PdfCaseDocuments DOCUMENTS =
      new PdfCaseDocuments(List.of(Path.of(PdfCaseDocuments.MICRO_HEI)));
  private static final ZonedDateTime RECEIVED =
      ZonedDateTime.of(2026, 11, 27, 10, 5, 0, 0, ChineseDates.SHANGHAI);

  private static List<Row> timeline(int rows) {
    List<Row> timeline = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      String note = i % 10 == 0
          ? "第" + i + "条备注：承办人核对了投标文件的编制机器码、上传计算机和投标保证金缴纳账户，"
              + "并将核对情况记录在案，需要较长的说明才能写完整个事项的经过。"
          : null;
      timeline.add(new Row(RECEIVED.plusHours(i), "承办人" + (i % 3), "办理事项" + i, note));
    }
    return timeline;
  }

  private static CaseFile file(List<Row> timeline, String decision) {
    return new CaseFile("麻监案〔2026〕第0001号", "麻城市", "麻城市住房和城乡建设局",
        "关于麻城市第一中学教学楼建设工程评标结果的投诉", "投诉", "办理中",
        "投诉人认为评标委员会未按招标文件规定的标准评审。", "ZB2026-0117", "麻城市第一中学教学楼建设工程",
        RECEIVED, RECEIVED.toLocalDate().plusDays(2).atStartOfDay(ChineseDates.SHANGHAI),
        ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, ChineseDates.SHANGHAI), "刘承办",
        timeline,
        List.of(new Row(RECEIVED.plusDays(1), "陈科长", "同意延期", "需组织专家复核")),
        List.of(new Row(RECEIVED.plusDays(2), "监管办", "移送公安机关", "涉嫌串通投标罪")),
        List.of(), decision, ZonedDateTime.of(2026, 12, 20, 9, 30, 0, 0, ChineseDates.SHANGHAI),
        "周导出");
  }

  @Test
  void aLongCaseFileRunsOverManyPagesWithEveryRowAndTheHeaderRepeated() {
    PdfText pdf = PdfText.of(DOCUMENTS.caseFile(file(timeline(120), "驳回投诉。")));
    assertTrue(pdf.pages() > 3, "pages: " + pdf.pages());
    for (int i = 1; i <= 120; i++) {
      String row = i + ChineseDates.dateTime(RECEIVED.plusHours(i)) + "承办人" + (i % 3) + "办理事项" + i;
      assertTrue(pdf.contains(row), "row " + i);
    }
    assertTrue(pdf.contains("第120条备注："), pdf.text());
    assertTrue(pdf.count("序号时间经办人事项备注") >= 3, "header on continued pages");
    assertEquals(pdf.pages(), pdf.count("导出时间：2026年12月20日09:30导出人：周导出"),
        "export time and person on every page");
    assertTrue(pdf.contains("第1页共" + pdf.pages() + "页"), pdf.text());
    assertTrue(pdf.contains("第" + pdf.pages() + "页共" + pdf.pages() + "页"), pdf.text());
    assertFalse(pdf.text().toLowerCase().contains("null"), pdf.text());
  }

  @Test
  void aProvisionalCompletionDeadlineIsMarkedAsSuch() {
    CaseFile f = file(timeline(3), null);
    CaseFile provisional = new CaseFile(f.caseNumber(), f.regionNameZh(), f.ownerNameZh(), f.title(), f.sourceZh(),
        f.statusZh(), f.summary(), f.projectCode(), f.projectName(), f.receivedAt(), f.acceptanceDue(),
        ZonedDateTime.of(2027, 1, 6, 0, 0, 0, 0, ChineseDates.SHANGHAI), f.assignee(), f.timeline(), f.approvals(),
        f.transfersAndReferrals(), f.consultations(), f.decision(), f.exportedAt(), f.exportedBy(), null, 2027);
    PdfText pdf = PdfText.of(DOCUMENTS.caseFile(provisional));
    assertTrue(pdf.contains("受理期限：2026年11月28日24时"), pdf.text());
    assertTrue(pdf.contains("办结期限：2027年1月5日24时（暂定期限：2027年放假安排公布前按法定节假日推算"), pdf.text());
    assertFalse(pdf.contains("2026年11月28日24时（暂定"), "the final acceptance deadline is not marked");
  }

  @Test
  void theCoverAndSectionsShowTheFactsDeadlinesAndRecords() {
    PdfText pdf = PdfText.of(DOCUMENTS.caseFile(file(timeline(3), "驳回投诉。")));
    assertTrue(pdf.contains("案卷"), pdf.text());
    assertTrue(pdf.contains("案号：麻监案〔2026〕第0001号"), pdf.text());
    assertTrue(pdf.contains("承办部门：麻城市住房和城乡建设局"), pdf.text());
    assertTrue(pdf.contains("所属区域：麻城市"), pdf.text());
    assertTrue(pdf.contains("收件时间：2026年11月27日 10:05"), pdf.text());
    assertTrue(pdf.contains("受理期限：2026年11月28日24时"), pdf.text());
    assertTrue(pdf.contains("办结期限：2026年12月18日24时"), pdf.text());
    assertTrue(pdf.contains("项目编号ZB2026-0117"), pdf.text());
    assertTrue(pdf.contains("同意延期需组织专家复核"), pdf.text());
    assertTrue(pdf.contains("移送公安机关涉嫌串通投标罪"), pdf.text());
    assertTrue(pdf.contains("六、会商记录无。"), pdf.text());
    assertTrue(pdf.contains("七、处理决定驳回投诉。"), pdf.text());
  }

  @Test
  void aCaseFileWithMissingFactsLeavesThemOut() {
    CaseFile sparse = new CaseFile("麻监案〔2026〕第0002号", null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
    PdfText pdf = PdfText.of(DOCUMENTS.caseFile(sparse));
    assertFalse(pdf.text().toLowerCase().contains("null"), pdf.text());
    assertTrue(pdf.contains("三、办理过程无。"), pdf.text());
    assertTrue(pdf.contains("尚未作出处理决定。"), pdf.text());
    assertFalse(pdf.contains("导出人"), pdf.text());
  }
}
