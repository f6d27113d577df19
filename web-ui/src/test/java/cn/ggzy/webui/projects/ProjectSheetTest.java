package cn.ggzy.webui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ProjectRegister.AlertView;
import cn.ggzy.server.application.ProjectRegister.Detail;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A project as the officer reads it: the approval, the threshold rule of its approval date, each
 * contract with its estimate, threshold and whether it must be tendered, the tenders; each alert as
 * a card with its evidence in the reader's language, the basis, the decision, and while open the two
 * ways to deal with it.
 */
class ProjectSheetTest {
  private final List<String> asked = new ArrayList<>();

  private static String sheet(Detail d, Locale locale) {
    return new ProjectSheet(UiTexts.of(locale), locale, t -> "住建局").build(d).getElement()
        .getTextRecursively();
  }

  private ProjectAlertCard card(AlertView a, Locale locale) {
    return new ProjectAlertCard(1, a, UiTexts.of(locale), locale, x -> asked.add("case " + x.key()),
        x -> asked.add("dismiss " + x.key()));
  }

  @Test
  void theSheetShowsTheApprovalTheRuleTheContractsAndTheTenders() {
    Detail d = ProjectTestData.detail(List.of(ProjectTestData.notTendered("OPEN"), ProjectTestData.split()),
        List.of(ProjectTestData.tender()));
    String text = sheet(d, Language.CHINESE);
    for (String expected : List.of("MC-2026-018 城区供水管网改造工程", "预警：待处理 2 / 共 2", "麻发改审批〔2026〕12号",
        "麻城市水务投资有限公司", "住建局", "2026年3月15日", "公开招标", "委托招标", "依法必须招标是", "2026年6月30日",
        ProjectTestData.RULE, "按审批日期 2026年3月15日 施行的规定判断。", "计划合同（3 个）", "管网施工", "4,500,000 元",
        "4,000,000 元", "必须招标", "未达标准", "服务（勘察、设计、监理等）", "招标记录（1 条）", "MC-2026-018-02 道路一段",
        "邀请招标", "自行招标", "2026年7月10日", "3,900,000 元")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    Div built = new ProjectSheet(UiTexts.chinese(), Language.CHINESE, t -> t).build(d);
    assertEquals("true", find(built, "project-contract-0").getElement().getAttribute("data-must-tender"));
    assertEquals("false", find(built, "project-contract-1").getElement().getAttribute("data-must-tender"));
  }

  private static Component find(Component root, String id) {
    if (id.equals(root.getId().orElse(null))) {
      return root;
    }
    return root.getChildren().map(c -> find(c, id)).filter(Objects::nonNull).findFirst().orElse(null);
  }

  @Test
  void noTendersAndInEnglish() {
    Detail d = ProjectTestData.detail(List.of(), List.of());
    String text = sheet(d, Language.ENGLISH);
    for (String expected : List.of("No alerts", "Open tender", "A tendering agency", "Must be tendered by lawYes",
        "Judged by the rule in force on the approval date, 15 Mar 2026.", "Planned contracts (3)", "4,500,000 yuan",
        "Below the threshold", "The trading platform holds no tender of this project")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
  }

  @Test
  void anOpenAlertShowsItsEvidenceAndBasisAndOffersBothWays() {
    ProjectAlertCard card = card(ProjectTestData.notTendered("OPEN"), Language.CHINESE);
    String text = card.getElement().getTextRecursively();
    for (String expected : List.of("预警 1", "应招未招", "待处理", "合同“管网施工”估算价450万元", "计划招标日期2026-06-30已过",
        "依据", "第四十九条")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertEquals("NOT_TENDERED", card.getElement().getAttribute("data-kind"));
    assertEquals(ProjectTestData.NOT_TENDERED_KEY, card.getElement().getAttribute("data-key"));
    card.openCase.click();
    card.dismiss.click();
    assertEquals(List.of("case " + ProjectTestData.NOT_TENDERED_KEY, "dismiss " + ProjectTestData.NOT_TENDERED_KEY),
        asked);
  }

  @Test
  void inEnglishTheEvidenceIsEnglish() {
    String text = card(ProjectTestData.split(), Language.ENGLISH).getElement().getTextRecursively();
    assertTrue(text.contains("Split below the threshold") && text.contains("Open")
        && text.contains("2 construction contracts each just below the threshold"), text);
    assertFalse(text.contains("均略低于"), text);
  }

  @Test
  void aDismissedAlertShowsWhyAndWhoAndNoButtons() {
    ProjectAlertCard card = card(ProjectTestData.notTendered("DISMISSED"), Language.CHINESE);
    String text = card.getElement().getTextRecursively();
    assertTrue(text.contains("已排除") && text.contains("排除理由") && text.contains("已在省平台招标，另案核实")
        && text.contains("jsj.wang · 2026年12月14日 11:00"), text);
    assertFalse(card.openCase.getParent().isPresent() || card.dismiss.getParent().isPresent());
  }

  @Test
  void anAlertTurnedIntoACaseLinksToTheCaseByItsIdWithItsNumberAsTheText() {
    ProjectAlertCard linked = card(ProjectTestData.notTendered("CASE_OPENED", "C42"), Language.CHINESE);
    String html = linked.getElement().getOuterHTML();
    assertTrue(html.contains("href=\"console/cases/C42\"") && html.contains("麻监案〔2026〕第0042号"), html);
    assertTrue(linked.getElement().getTextRecursively().contains("已立案"));
    assertEquals("麻监案〔2026〕第0042号", find(linked, "project-alert-1-case-link").getElement().getText());
    ProjectAlertCard plain = card(ProjectTestData.notTendered("CASE_OPENED", null), Language.CHINESE);
    assertFalse(plain.getElement().getOuterHTML().contains("console/cases/"));
    assertTrue(plain.getElement().getTextRecursively().contains("麻监案〔2026〕第0042号"));
  }
}
