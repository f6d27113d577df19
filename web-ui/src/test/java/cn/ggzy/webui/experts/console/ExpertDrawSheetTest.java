package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertDraws.ExpertDrawView;
import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.server.application.ExpertDraws.RoundView;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A draw as the officer reads it: the request, sealed or not, the counts, each round's commitment; the panel. */
class ExpertDrawSheetTest {
  private static final Instant START = Instant.parse("2026-12-18T01:30:00Z");

  static ExpertDrawView draw(DrawState state, boolean sealed) {
    List<RoundView> rounds = List.of(new RoundView(1, "INITIAL", "c0ffee", "5eed", Instant.parse("2026-12-14T02:00:00Z"),
        state == DrawState.COMMITTED ? null : "纪检组 李某", state == DrawState.COMMITTED ? null : "20261214-7391",
        state == DrawState.COMMITTED ? null : Instant.parse("2026-12-14T02:10:00Z"), state == DrawState.COMMITTED ? 0 : 5));
    return new ExpertDrawView("XD-1", "421181-zjj", "城东污水管网改造工程", "MC-2026-031-02", "二标段", "麻城市城投公司", null,
        List.of("甲建设公司", "乙市政公司"), List.of(new SpecialtyQuota("A0202", 3), new SpecialtyQuota("A0204", 2)), 0,
        START, "第三评标室", false, 6, state, sealed, rounds, 12, 4, 6, 3, 1, 1, "zjj.li",
        Instant.parse("2026-12-14T02:00:00Z"), 2);
  }

  private static String text(ExpertDrawView d, Locale locale) {
    return new ExpertDrawSheet(ExpertTestData.texts(locale), locale, ExpertTestData.names(locale), t -> "住建局")
        .build(d).getElement().getTextRecursively();
  }

  @Test
  void aDrawnDrawShowsTheRequestTheCountsAndTheRoundSealedUntilTheEvaluation() {
    String text = text(draw(DrawState.DRAWN, true), Language.CHINESE);
    for (String expected : List.of("MC-2026-031-02 二标段", "已抽取", "抽取结果密封至评标开始（2026年12月18日 09:30）",
        "A0202 给水排水管网 × 3、A0204 工程造价（市政） × 2", "甲建设公司、乙市政公司", "住建局", "6 个月",
        "第1轮（首轮抽取）", "c0ffee", "5eed", "纪检组 李某", "20261214-7391", "回避后符合条件12", "回避4", "未答复1")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
  }

  @Test
  void inEnglishAndOnceTheEvaluationStarted() {
    String text = text(draw(DrawState.DRAWN, false), Language.ENGLISH);
    assertTrue(text.contains("The evaluation has started") && text.contains("Round 1 (first draw)"), text);
    assertFalse(text.contains("sealed until"), text);
    assertTrue(text(draw(DrawState.CANCELLED, true), Language.ENGLISH).contains("Withdrawn"));
  }

  @Test
  void theUnsealedPanelListsEachExpertWithTheAnswer() {
    String text = ExpertPanelList.of(List.of(new PanelMember("421181-EA", "张工", "麻城市建筑设计院", "高级工程师", "A0202",
        1, AssignmentStatus.ACCEPTED, Instant.parse("2026-12-14T03:00:00Z"), "138****8000", null, false, null)),
        ExpertTestData.chinese(), Language.CHINESE, ExpertTestData.names(Language.CHINESE))
        .getElement().getTextRecursively();
    for (String expected : List.of("张工", "接受", "麻城市建筑设计院 · 高级工程师", "A0202 给水排水管网", "2026年12月14日 11:00",
        "138****8000")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertEquals("没有专家", ExpertPanelList.of(List.of(), ExpertTestData.chinese(), Language.CHINESE,
        ExpertTestData.names(Language.CHINESE)).getElement().getTextRecursively());
  }
}
