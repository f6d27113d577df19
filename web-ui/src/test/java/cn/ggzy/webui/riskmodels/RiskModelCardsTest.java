package cn.ggzy.webui.riskmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingModels.LabelRequest;
import cn.ggzy.server.application.RiggingModels.LabelView;
import cn.ggzy.server.application.RiggingModels.ModelView;
import cn.ggzy.server.application.RiggingModels.Overview;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.layout.Navigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The page as read in Chinese and in English for a given overview: the model in use, the labels so
 * far, the runs with both ROC-AUCs, the labels; the office's buttons only for the office and only on
 * the runs it may use again; the label form's errors at their fields; the drawer's link.
 */
class RiskModelCardsTest {
  private static final Instant TRAINED = Instant.parse("2026-12-14T03:00:00Z");
  private final List<String> done = new ArrayList<>();

  private static Overview regionModelInUse() {
    return new Overview("421181", "region-421181-v3",
        "本地区模型（依本地区执法人员的处置结果训练，经交叉验证优于筛查指数后启用）",
        "Region model (trained on this region's dispositions, used once cross-validation showed it beats the screen index)",
        12, 30, 5,
        List.of(
            new ModelView("region-421181-v3", 3, TRAINED, "platform", 12, 30, 0.8123, 0.7431, "ACTIVE", "使用中",
                "In use", 421181003L),
            new ModelView("region-421181-v2", 2, TRAINED.minusSeconds(86_400), "jgb.wang", 8, 20, 0.6, null,
                "NOT_BETTER", "未优于筛查指数，未启用", "Did not beat the screen index, not used", 421181002L),
            new ModelView("region-421181-v1", 1, TRAINED.minusSeconds(172_800), "platform", 6, 12, 0.79, 0.7,
                "SUPERSEDED", "已被新版本取代", "Replaced by a newer version", 421181001L)),
        List.of(
            new LabelView("421181-zjj", "MC-1", "BD1", true, "OFFICER", "执法人员直接认定", "Labelled by an officer", null,
                "两家投标人的投标文件由同一人编制", "zjj.li", TRAINED),
            new LabelView("421181-jtj", "MC-2", "BD3", false, "WARNING_DISMISSED", "预警经核查排除",
                "Warning dismissed after review", "W1a2b", "同一集团成员，已书面说明", "jtj.zhao", TRAINED)));
  }

  private static Overview screenIndexInUse() {
    return new Overview("421181", "screen-index-1", "筛查指数（按串通投标经济学文献确定方向，未用任何标签拟合）",
        "Screen index (directions from the economics of collusion, fitted to no labels)", 0, 0, 5, List.of(), List.of());
  }

  private RiskModelCards cards(Locale locale, boolean office) {
    return new RiskModelCards(UiTexts.of(locale), locale,
        t -> Language.isEnglish(locale) ? "Dept " + t : "部门" + t, office, () -> done.add("train"),
        v -> done.add("rollback " + v));
  }

  private static String text(Component c) {
    return c.getElement().getTextRecursively();
  }

  private String page(Locale locale, boolean office, Overview o) {
    RiskModelCards cards = cards(locale, office);
    return text(cards.overview(o)) + "\n" + text(cards.runs(o)) + "\n" + text(cards.labels(o));
  }

  @Test
  void chineseShowsTheModelInUseTheRunsAndTheLabels() {
    String text = page(Language.CHINESE, false, regionModelInUse());
    for (String expected : List.of("评分模型", "本地区模型（依本地区执法人员的处置结果训练", "region-421181-v3",
        "已有标签", "串通 12 个，未串通 30 个", "每类至少 5 个",
        "标签有变化时，系统在后台训练本地区模型，只有在交叉验证中优于筛查指数时才启用它。",
        "使用中", "2026年12月14日 11:00", "本模型 0.812，筛查指数 0.743", "本模型 0.600，筛查指数 —", "421181003",
        "未优于筛查指数，未启用", "已被新版本取代", "jgb.wang",
        "MC-1 / BD1", "串通投标", "部门421181-zjj", "执法人员直接认定", "两家投标人的投标文件由同一人编制",
        "zjj.li · 2026年12月14日 11:00", "MC-2 / BD3", "未发现串通", "预警经核查排除", "W1a2b")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains("Region model") || text.contains("In use") || text.contains("Bid rigging"), text);
    assertFalse(text.contains("立即训练") || text.contains("回退"), "buttons for a department: " + text);
  }

  @Test
  void englishShowsTheEnglishTexts() {
    String text = page(Language.ENGLISH, false, regionModelInUse());
    for (String expected : List.of("Scoring model", "Region model (trained on this region's dispositions",
        "Labels so far", "rigged 12, clean 30", "at least 5 of each class",
        "When the labels change, the region model is trained in the background, and it is used only when it beats "
            + "the screen index in cross-validation.",
        "In use", "14 Dec 2026, 11:00", "model 0.812, screen index 0.743", "model 0.600, screen index —",
        "Did not beat the screen index, not used", "Bid rigging", "No rigging found", "Dept 421181-zjj",
        "Labelled by an officer", "Warning dismissed after review", "zjj.li · 14 Dec 2026, 11:00")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains("串通") || text.contains("使用中") || text.contains("本地区模型"), text);
  }

  @Test
  void theScreenIndexInUseWithoutRunsOrLabels() {
    RiskModelCards zh = cards(Language.CHINESE, true);
    Overview o = screenIndexInUse();
    String chinese = text(zh.overview(o)) + text(zh.runs(o)) + text(zh.labels(o));
    assertTrue(chinese.contains("筛查指数（按串通投标经济学文献确定方向") && chinese.contains("串通 0 个，未串通 0 个"), chinese);
    assertTrue(chinese.contains("本地区尚未训练过模型") && chinese.contains("还没有标签"), chinese);
    assertTrue(chinese.contains("立即训练") && !chinese.contains("回退到筛查指数"), chinese);
    String english = page(Language.ENGLISH, true, o);
    assertTrue(english.contains("Screen index (directions") && english.contains("Train now"), english);
    assertTrue(english.contains("No model has been trained for the region yet") && english.contains("No labels yet"),
        english);
  }

  @Test
  void theOfficeTrainsAndRollsBackToARunThatBeatTheIndexOrToTheIndex() {
    RiskModelCards cards = cards(Language.CHINESE, true);
    Overview o = regionModelInUse();
    Component overview = cards.overview(o);
    Component runs = cards.runs(o);
    assertTrue(find(runs.getElement(), "riskmodels-run-1-rollback").isPresent(), "the superseded run");
    assertFalse(find(runs.getElement(), "riskmodels-run-2-rollback").isPresent(), "a run that did not beat the index");
    assertFalse(find(runs.getElement(), "riskmodels-run-3-rollback").isPresent(), "the run in use");
    assertEquals("回退到此版本", find(runs.getElement(), "riskmodels-run-1-rollback").orElseThrow().getTextRecursively());
    click(overview, "riskmodels-train");
    click(runs, "riskmodels-run-1-rollback");
    click(overview, "riskmodels-rollback-index");
    assertEquals(List.of("train", "rollback 1", "rollback null"), done);
    String english = text(cards(Language.ENGLISH, true).overview(o)) + text(cards(Language.ENGLISH, true).runs(o));
    assertTrue(english.contains("Train now") && english.contains("Back to the screen index")
        && english.contains("Roll back to this version"), english);
  }

  @Test
  void aucsHaveThreeDecimalsAndADashWhenUnknown() {
    assertEquals("0.812", RiskModelCards.auc(0.81249));
    assertEquals("—", RiskModelCards.auc(null));
    assertEquals("—", RiskModelCards.auc(Double.NaN));
  }

  @Test
  void theLabelFormSendsItsFieldsAndShowsErrorsAtThem() {
    SectionLabelForm form = new SectionLabelForm(UiTexts.english());
    List<LabelRequest> sent = new ArrayList<>();
    form.onSubmit(sent::add);
    form.projectCode.setValue("MC-1");
    form.sectionCode.setValue("BD1");
    form.rigged.setValue(Boolean.FALSE);
    form.reason.setValue("同一集团成员");
    form.submit.click();
    assertEquals(List.of(new LabelRequest("MC-1", "BD1", false, "同一集团成员")), sent);
    assertEquals(500, form.reason.getMaxLength());
    assertEquals("Finding", form.rigged.getLabel());
    assertTrue(form.showFieldError("reason", "Give the reason for the finding"));
    assertTrue(form.reason.isInvalid());
    assertEquals("Give the reason for the finding", form.reason.getErrorMessage());
    assertTrue(form.showFieldError("rigged", "Choose the finding"));
    assertTrue(form.rigged.isInvalid());
    assertFalse(form.showFieldError("labels", "?"));
    form.clear();
    assertFalse(form.reason.isInvalid() || form.rigged.isInvalid());
    assertEquals("", form.reason.getValue());
    assertEquals("认定结果", new SectionLabelForm(UiTexts.chinese()).rigged.getLabel());
    assertEquals("串通投标", new SectionLabelForm(UiTexts.chinese()).rigged.getItemLabelGenerator().apply(true));
  }

  @Test
  void theDrawerLeadsThoseWhoReviewWarningsHere() {
    List<SideNavItem> items = RiskModelNavigation.items(with(Role.DEPARTMENT_HEAD), key -> key);
    assertEquals(List.of("console/rigging-models"), items.stream().map(SideNavItem::getPath).toList());
    assertTrue(find(Navigation.build(Optional.of(with(Role.OFFICE_OFFICER)), key -> key).getElement(),
        "nav-console-rigging-models").isPresent());
    assertFalse(find(Navigation.build(Optional.of(with(Role.DEPARTMENT_OFFICER)), key -> key).getElement(),
        "nav-console-rigging-models").isPresent());
    assertEquals("从处置结果中学习", UiTexts.chinese().get("nav.riskModels"));
    assertEquals("Learning from decisions", UiTexts.english().get("nav.riskModels"));
  }

  private static Caller with(Role role) {
    return new Caller(Login.parse("someone"), TenantId.of("421181-zjj"), Set.of(role), "某人");
  }

  private static void click(Component root, String id) {
    Element e = find(root.getElement(), id).orElseThrow(() -> new AssertionError("no " + id));
    ((Button) e.getComponent().orElseThrow()).click();
  }

  private static Optional<Element> find(Element e, String id) {
    if (id.equals(e.getAttribute("id"))) {
      return Optional.of(e);
    }
    return e.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
  }
}
