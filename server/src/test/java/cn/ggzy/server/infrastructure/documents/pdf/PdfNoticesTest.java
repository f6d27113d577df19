package cn.ggzy.server.infrastructure.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseDocuments.Notice;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each kind of notice, rendered and read back as a reader would see it. */
class PdfNoticesTest {
  private static final PdfCaseDocuments DOCUMENTS = new PdfCaseDocuments(
      List.of(Path.of(PdfCaseDocuments.MICRO_HEI), Path.of(PdfCaseDocuments.ZEN_HEI)));
  private static final String ISSUER = "麻城市住房和城乡建设局";
  private static final String NUMBER = "麻监案〔2026〕第0001号";
  private static final ZonedDateTime RECEIVED =
      ZonedDateTime.of(2026, 11, 27, 10, 5, 0, 0, ChineseDates.SHANGHAI);
  private static final ZonedDateTime DUE =
      ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, ChineseDates.SHANGHAI);
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 28);

  private static Notice notice(NoticeKind kind, String addressee, String ground, String reason,
      String items, String decision, String decisionText) {
    return new Notice(kind, NUMBER, "麻城市", ISSUER, addressee, "评标结果",
        "麻城市第一中学教学楼建设工程", RECEIVED, ISSUED, DUE, ground, reason, items, decision,
        decisionText, null);
  }

  private static PdfText render(Notice notice) {
    PdfText pdf = PdfText.of(DOCUMENTS.notice(notice));
    assertFalse(pdf.text().toLowerCase().contains("null"), pdf.text());
    return pdf;
  }

  /** The parts every notice has: heading, case number, issuer and date at the end. */
  private static void assertFrame(PdfText pdf, String title) {
    assertTrue(pdf.contains(title), pdf.text());
    assertTrue(pdf.contains(NUMBER), pdf.text());
    assertEquals(2, pdf.count(ISSUER), "issuer as heading and as signature: " + pdf.text());
    assertTrue(pdf.contains(ISSUER + "2026年11月28日"), "signature: " + pdf.text());
  }

  @Test
  void anAcceptanceNoticeNamesTheComplaintAndTheDeadline() {
    PdfText pdf = render(notice(NoticeKind.ACCEPTANCE, "湖北某建设集团有限公司", null, null,
        null, null, null));
    assertFrame(pdf, "受理通知书");
    assertTrue(pdf.contains("湖北某建设集团有限公司："), pdf.text());
    assertTrue(pdf.contains("你（单位）于2026年11月27日提交的关于“麻城市第一中学教学楼建设工程”"
        + "评标结果的投诉（举报），经审查，符合受理条件，本机关决定予以受理，"
        + "并将在2026年12月18日24时前作出处理决定。"), pdf.text());
    assertTrue(pdf.contains("特此通知。"));
    assertEquals(1, pdf.pages());
  }

  @Test
  void aNoticeToAnAnonymousReporterAddressesTheReporter() {
    PdfText pdf = render(notice(NoticeKind.ACCEPTANCE, null, null, null, null, null, null));
    assertTrue(pdf.contains("举报人："), pdf.text());
    assertTrue(pdf.contains("评标结果的举报，"), pdf.text());
  }

  @Test
  void aNonAcceptanceNoticeStatesGroundReasonAndRemedy() {
    PdfText pdf = render(notice(NoticeKind.NON_ACCEPTANCE, "张三",
        "投诉人与投诉项目无利害关系", "你未参加该项目的投标，亦未提供与该项目存在利害关系的证明材料",
        null, null, null));
    assertFrame(pdf, "不予受理通知书");
    assertTrue(pdf.contains("张三："), pdf.text());
    assertTrue(pdf.contains("不予受理的依据：投诉人与投诉项目无利害关系。"), pdf.text());
    assertTrue(pdf.contains("不予受理的理由：你未参加该项目的投标，亦未提供与该项目存在利害关系的证明材料。"),
        pdf.text());
    assertTrue(pdf.contains("本机关决定不予受理"), pdf.text());
    assertTrue(pdf.contains("六十日内依法向麻城市人民政府申请行政复议"), pdf.text());
    assertTrue(pdf.contains("六个月内依法向人民法院提起行政诉讼"), pdf.text());
  }

  @Test
  void aSupplementRequestListsTheItemsAndStopsTheClock() {
    PdfText pdf = render(notice(NoticeKind.SUPPLEMENT_REQUEST, "李四", null, null,
        "投诉人身份证明\n已向招标人提出异议的证明材料", null, null));
    assertFrame(pdf, "补正通知书");
    assertTrue(pdf.contains("请你（单位）于2026年12月18日24时前向本机关补正下列材料："), pdf.text());
    assertTrue(pdf.contains("1．投诉人身份证明。2．已向招标人提出异议的证明材料。"), pdf.text());
    assertTrue(pdf.contains("补正期间不计入办理期限"), pdf.text());
    assertTrue(pdf.contains("自本机关收到全部补正材料之日起继续计算"), pdf.text());
  }

  @Test
  void aDecisionStatesTheDecisionAndTheRightsOfAppeal() {
    PdfText pdf = render(notice(NoticeKind.DECISION, "王五", null, null, null, "驳回投诉",
        "经查，评标委员会按照招标文件规定的评标标准和方法进行评审，投诉事项缺乏事实依据。"));
    assertFrame(pdf, "处理决定书");
    assertTrue(pdf.contains("投诉事项缺乏事实依据。"), pdf.text());
    assertTrue(pdf.contains("综上，本机关决定：驳回投诉。"), pdf.text());
    assertTrue(pdf.contains("自收到本决定书之日起六十日内依法向麻城市人民政府申请行政复议"),
        pdf.text());
    assertTrue(pdf.contains("自收到本决定书之日起六个月内依法向人民法院提起行政诉讼"), pdf.text());
  }

  @Test
  void missingFactsAreLeftOutNotPrinted() {
    Notice bare = new Notice(NoticeKind.ACCEPTANCE, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
    PdfText pdf = render(bare);
    assertTrue(pdf.contains("举报人：你（单位）提交的举报，经审查，符合受理条件，本机关决定予以受理。"),
        pdf.text());
  }

  @Test
  void charactersMissingFromTheFontDoNotBreakTheNotice() {
    PdfText pdf = render(notice(NoticeKind.ACCEPTANCE, "赵六\uD83D\uDE00", null, null, null, null,
        null));
    assertTrue(pdf.contains("赵六□："), pdf.text());
  }

  @Test
  void aComplaintNoticeAddressesTheComplainant() throws Exception {
    Notice complaint = new Notice(NoticeKind.ACCEPTANCE, NUMBER, "麻城市", ISSUER, null, "评标结果",
        "麻城市第一中学教学楼建设工程", RECEIVED, ISSUED, DUE, null, null, null, null, null, "投诉");
    PdfText pdf = render(complaint);
    assertTrue(pdf.contains("投诉人："), pdf.text());
    assertTrue(pdf.contains("评标结果的投诉"), pdf.text());
  }

  @Test
  void noticesRenderedAtTheSameTimeShareTheOneParsedFontAndEachComesOutWhole() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PdfText>> rendered = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String addressee = "湖北某建设集团有限公司第" + i + "分公司";
        rendered.add(pool.submit(() -> render(notice(NoticeKind.ACCEPTANCE, addressee, null, null, null, null,
            null))));
      }
      for (int i = 0; i < rendered.size(); i++) {
        PdfText pdf = rendered.get(i).get(60, TimeUnit.SECONDS);
        assertFrame(pdf, "受理通知书");
        assertTrue(pdf.contains("湖北某建设集团有限公司第" + i + "分公司："), pdf.text());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
