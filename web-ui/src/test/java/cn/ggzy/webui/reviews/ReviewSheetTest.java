package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.DocumentReviews.Detail;
import cn.ggzy.webui.cases.InAUi;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A review's facts and its next step: what is left to decide, the notice once every finding is
 * decided and one confirmed, the PDF and the corrected document after it; rectified, still open
 * (with the rules that still find) or overdue, with the last day.
 */
@ExtendWith(InAUi.class)
class ReviewSheetTest {
  private static final DownloadHandler PDF = DownloadHandler.fromInputStream(e -> new DownloadResponse(
      new ByteArrayInputStream(new byte[] {'%'}), "n.pdf", "application/pdf", 1));
  private final List<String> done = new ArrayList<>();

  private static String sheet(Detail d, Locale locale) {
    return new ReviewSheet(UiTexts.of(locale), locale, t -> "交通运输局").build(d).getElement()
        .getTextRecursively();
  }

  private NoticeSection next(Detail d) {
    return new NoticeSection(d, UiTexts.chinese(), () -> done.add("issue"), PDF,
        (name, bytes) -> done.add(name + " " + new String(bytes, StandardCharsets.UTF_8)));
  }

  @Test
  void theSheetShowsTheProjectTheDocumentAndTheCounts() {
    Detail d = ReviewTestData.detail("UNDER_REVIEW", List.of(ReviewTestData.branch("OPEN"),
        ReviewTestData.bond("CONFIRMED"), ReviewTestData.brand("DISMISSED", "理由")));
    String text = sheet(d, Language.CHINESE);
    for (String expected : List.of("MC-2026-G230 G230 改建工程", "审查中", "共 3 条发现：待认定 1 条，已认定违规 1 条，不予认定 1 条",
        "交通运输局", "一标段", "湖北某招标代理有限公司", "20,000,000 元", "原文件", "招标文件.txt (13 KB)",
        "2 页 · 7 段 · 5 条", "系统内置（第0版）", "jtj.li · 2026年12月14日 10:05")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains("整改通知"), "no notice yet: " + text);
  }

  @Test
  void theNoticeWaitsUntilEveryFindingIsDecided() {
    NoticeSection open = next(ReviewTestData.detail("UNDER_REVIEW", List.of(ReviewTestData.branch("OPEN"),
        ReviewTestData.bond("CONFIRMED"))));
    assertEquals("还有 1 条发现待认定。每条发现认定或不予认定后，才能发出整改通知。", open.hint.getText());
    assertFalse(open.issue.isEnabled());
    NoticeSection ready = next(ReviewTestData.detail("AWAITING_NOTICE", List.of(ReviewTestData.branch("CONFIRMED"),
        ReviewTestData.bond("CONFIRMED"))));
    assertTrue(ready.issue.isEnabled());
    assertTrue(ready.hint.getText().startsWith("已认定 2 条违规"), ready.hint.getText());
    ready.issue.click();
    assertEquals(List.of("issue"), done);
    assertNull(ready.pdf, "no PDF before the notice");
  }

  @Test
  void nothingToRectifyWhenNothingWasFoundOrEverythingDismissed() {
    NoticeSection none = next(ReviewTestData.detail("CLEARED", List.of()));
    assertEquals("未发现可能违规的条款，无需整改。", none.hint.getText());
    assertFalse(none.issue.getParent().isPresent());
    NoticeSection dismissed = next(ReviewTestData.detail("CLEARED", List.of(ReviewTestData.brand("DISMISSED", "理由"))));
    assertEquals("所有发现均不予认定，无需整改。", dismissed.hint.getText());
    assertFalse(dismissed.issue.getParent().isPresent());
  }

  @Test
  void afterTheNoticeThePdfAndTheCorrectedDocument() {
    Detail d = ReviewTestData.detail("NOTICE_ISSUED", List.of(ReviewTestData.branch("CONFIRMED")),
        ReviewTestData.notice(false, false, List.of()), List.of(ReviewTestData.file("招标文件.txt")));
    NoticeSection next = next(d);
    assertNotNull(next.pdf.getHref());
    assertFalse(next.issue.getParent().isPresent());
    next.correct.click();
    assertTrue(next.correction.error.isVisible(), "no file chosen");
    assertEquals("请选择要审查的招标文件", next.correction.error.getText());
    next.correction.received("修改稿.txt", "新文本".getBytes(StandardCharsets.UTF_8));
    assertEquals("已选择：修改稿.txt（1 KB）", next.correction.chosen.getText());
    next.correct.click();
    assertEquals(List.of("修改稿.txt 新文本"), done);
    assertTrue(next.showFieldError("file", "文件已损坏"));
    assertEquals("文件已损坏", next.correction.error.getText());

    String text = sheet(d, Language.CHINESE);
    for (String expected : List.of("审查整改〔2026〕01234567号", "麻城市交通运输局、湖北某招标代理有限公司",
        "jtj.li · 2026年12月14日 12:00", "2026年12月21日 24:00", "待报送修改稿（期限 2026年12月21日 24:00）")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
  }

  @Test
  void aCorrectionThatLeavesRulesFindingListsThemAndOverdueSaysSo() {
    Detail d = ReviewTestData.detail("OVERDUE", List.of(ReviewTestData.branch("CONFIRMED"),
        ReviewTestData.bond("CONFIRMED")), ReviewTestData.notice(false, true, List.of("region.local-entity")),
        List.of(ReviewTestData.file("招标文件.txt"), ReviewTestData.file("修改稿.txt")));
    String text = sheet(d, Language.CHINESE);
    for (String expected : List.of("整改逾期", "整改逾期（期限 2026年12月21日 24:00）", "仍未整改的问题（1 项）",
        "要求在本地注册或设立分支机构 (region.local-entity)", "修改稿 1", "修改稿.txt")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    String english = sheet(d, Language.ENGLISH);
    assertTrue(english.contains("Overdue (last day 21 Dec 2026, 24:00)")
        && english.contains("Requires local registration or a local branch (region.local-entity)")
        && english.contains("Rectification overdue"), english);
  }

  @Test
  void aRectifiedReviewIsComplete() {
    Detail d = ReviewTestData.detail("RECTIFIED", List.of(ReviewTestData.branch("CONFIRMED")),
        ReviewTestData.notice(true, false, List.of()), List.of(ReviewTestData.file("招标文件.txt"),
            ReviewTestData.file("修改稿.txt")));
    assertTrue(sheet(d, Language.CHINESE).contains("已整改（2026年12月17日 14:30）"));
    NoticeSection next = next(d);
    assertEquals("修改稿已整改到位，审查完成。", next.hint.getText());
    assertNull(next.correction, "nothing more to upload");
    assertNotNull(next.pdf);
  }
}
