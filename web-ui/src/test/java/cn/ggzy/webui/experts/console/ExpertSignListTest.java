package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.expert.ExpertSign;
import cn.ggzy.server.domain.model.expert.ExpertSign.SignEvidence;
import cn.ggzy.server.domain.model.expert.ExpertSign.SignKind;
import cn.ggzy.webui.experts.ExpertTestData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 评标异常信号: grouped by kind, strongest first, each strength in words, the scores behind it; the empty state. */
class ExpertSignListTest {
  private static final ExpertSign FAVOUR = new ExpertSign(SignKind.FAVOUR, "专家甲", "甲建设公司", 2.4567, 4,
      List.of(new SignEvidence("MC-2026-031-02", "甲建设公司", "施工组织设计", 28.5, null, 22)));
  private static final ExpertSign WEAK_FAVOUR = new ExpertSign(SignKind.FAVOUR, "专家丁", "乙市政公司", 1.8, 3,
      List.of());
  private static final ExpertSign TRACKING = new ExpertSign(SignKind.TRACKING, "专家乙", "专家丙", 0.934, 5,
      List.of(new SignEvidence("MC-2026-040-01", "丙路桥公司", "技术方案", 18, 17.5, 12.25)));
  private static final ExpertSign DEVIATION = new ExpertSign(SignKind.DEVIATION, "专家戊", "", 0.375, 6,
      List.of(new SignEvidence("MC-2026-041-01", "丁公司", "报价", 10, null, 25)));

  private static List<String> kinds(Div list) {
    return list.getChildren().map(c -> c.getElement().getAttribute("data-kind")).toList();
  }

  private static String text(Div list, String id) {
    return find(list.getElement(), id).getTextRecursively();
  }

  private static Element find(Element e, String id) {
    return byId(e, id).orElseThrow(() -> new AssertionError("no " + id));
  }

  private static Optional<Element> byId(Element e, String id) {
    if (id.equals(e.getAttribute("id"))) {
      return Optional.of(e);
    }
    return e.getChildren().map(c -> byId(c, id)).flatMap(Optional::stream).findFirst();
  }

  @Test
  void theSignsAreGroupedByKindStrongestFirstAndExplainedInWords() {
    Div list = ExpertSignList.of(List.of(DEVIATION, WEAK_FAVOUR, TRACKING, FAVOUR), ExpertTestData.chinese());
    assertEquals(List.of("FAVOUR", "TRACKING", "DEVIATION"), kinds(list));
    assertTrue(text(list, "expert-signs-favour").startsWith("偏袒某投标人 · 2 个信号"));
    assertEquals("专家甲", text(list, "expert-signs-favour-0-expert"));
    assertEquals("专家丁", text(list, "expert-signs-favour-1-expert"));
    assertEquals("扣除本人一贯的宽严尺度后，对该投标人的打分平均比评标委员会其他成员高 2.5 个稳健标准差",
        text(list, "expert-signs-favour-0-strength"));
    assertEquals("甲建设公司", text(list, "expert-signs-favour-0-subject"));
    assertEquals("4", text(list, "expert-signs-favour-0-sections"));
    assertEquals("标段 MC-2026-031-02 · 投标人 甲建设公司 · 施工组织设计：本人 28.5，其余成员中位数 22",
        text(list, "expert-signs-favour-0-evidence"));
    assertEquals("两人偏离评标委员会其他成员的幅度的相关系数为 0.93（1 为完全同步）",
        text(list, "expert-signs-tracking-0-strength"));
    assertEquals("专家丙", text(list, "expert-signs-tracking-0-subject"));
    assertEquals("标段 MC-2026-040-01 · 投标人 丙路桥公司 · 技术方案：本人 18，另一专家 17.5，其余成员中位数 12.25",
        text(list, "expert-signs-tracking-0-evidence"));
    assertEquals("38% 的打分远离评标委员会其他成员（异常值）", text(list, "expert-signs-deviation-0-strength"));
    assertFalse(text(list, "expert-signs-deviation-0").contains("同步的专家"), "a deviation has no subject");
  }

  @Test
  void inEnglishAndWithoutSigns() {
    String text = ExpertSignList.of(List.of(TRACKING), ExpertTestData.english()).getElement().getTextRecursively();
    assertTrue(text.contains("Scores in step with another expert · 1 sign"), text);
    assertTrue(text.contains("correlation of 0.93"), text);
    assertTrue(text.contains("this expert 18, the other expert 17.5, panel median 12.25"), text);
    Div empty = ExpertSignList.of(List.of(), ExpertTestData.chinese());
    String none = text(empty, "expert-signs-empty");
    assertTrue(none.startsWith("没有发现异常信号。本页在导入的评标打分中查找三种迹象"), none);
    assertTrue(none.contains("偏离其他成员的方向和幅度一致"), none);
  }
}
