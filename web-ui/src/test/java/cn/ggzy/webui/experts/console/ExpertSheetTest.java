package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertPool.CertificateView;
import cn.ggzy.server.application.ExpertPool.ExpertDetail;
import cn.ggzy.server.application.ExpertPool.ExpertSummary;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An expert as the office reads it (sheet and list card), in Chinese and English, times in Beijing time. */
class ExpertSheetTest {
  static ExpertSummary summary(ExpertState state) {
    return new ExpertSummary("421181-EABCDEFGHJK", "张工", "4211************16", "麻城市建筑设计院", "高级工程师",
        List.of("A0101", "A0204"), state, Instant.parse("2026-12-14T02:05:00Z"), LocalDate.of(2027, 12, 14),
        null, true, 3);
  }

  private static ExpertDetail detail() {
    return new ExpertDetail(summary(ExpertState.ACTIVE), "138****8000", LocalDate.of(1980, 1, 1),
        List.of(new CertificateView("高级工程师职称证书", "鄂高职2015-0087", LocalDate.of(2030, 6, 30)),
            new CertificateView("一级注册建造师", "鄂142201", null)),
        List.of("麻城市城建投资公司"), "jgb.wang", Instant.parse("2026-12-14T03:00:00Z"), "材料齐全", List.of());
  }

  private static String sheet(Locale locale) {
    Component c = new ExpertSheet(ExpertTestData.texts(locale), locale, ExpertTestData.names(locale)).build(detail());
    return c.getElement().getTextRecursively();
  }

  @Test
  void theSheetShowsTheMaskedIdentityCertificatesConflictsAndTheLastDecision() {
    String text = sheet(Language.CHINESE);
    for (String expected : List.of("张工", "在库", "4211************16", "138****8000", "1980年1月1日",
        "A0101 建筑工程施工、A0204 工程造价（市政）", "高级工程师职称证书 · 鄂高职2015-0087 · 有效期至 2030年6月30日",
        "一级注册建造师 · 鄂142201 · 长期有效", "麻城市城建投资公司", "jgb.wang", "2026年12月14日 11:00", "材料齐全",
        "2026年12月14日 10:05", "2027年12月14日")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains(ExpertTestData.RESIDENT_ID));
  }

  @Test
  void inEnglishTheSheetReadsInEnglish() {
    String text = sheet(Language.ENGLISH);
    assertTrue(text.contains("In the pool") && text.contains("A0101 Building construction"), text);
    assertTrue(text.contains("14 Dec 2026, 11:00") && text.contains("valid until 30 Jun 2030"), text);
  }

  @Test
  void aPhoneSeesEverythingInTheCardAWideScreenInColumns() {
    ExpertGrid grid = new ExpertGrid("g", ExpertTestData.chinese(), Language.CHINESE,
        ExpertTestData.names(Language.CHINESE));
    String card = grid.card(summary(ExpertState.ACTIVE)).getElement().getTextRecursively();
    assertTrue(card.contains("张工") && card.contains("在库") && card.contains("4211************16"), card);
    assertTrue(card.contains("麻城市建筑设计院 · 高级工程师") && card.contains("A0204 工程造价（市政）"), card);
    assertTrue(card.contains("申请于 2026年12月14日 10:05 · 年度考核截止 2027年12月14日"), card);
    assertEquals("申请于 2026年12月14日 10:05", grid.dates(summary(ExpertState.CANDIDATE)),
        "a candidate has no review due");
    grid.setCompact(false);
    String wide = grid.card(summary(ExpertState.ACTIVE)).getElement().getTextRecursively();
    assertFalse(wide.contains("麻城市建筑设计院"), "the columns show it: " + wide);
    assertTrue(grid.getColumns().stream().allMatch(c -> c.isVisible()));
  }
}
