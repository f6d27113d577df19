package cn.ggzy.webui.warnings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RiggingWarnings.BasisView;
import cn.ggzy.server.application.RiggingWarnings.BidderView;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.EvidenceView;
import cn.ggzy.server.application.RiggingWarnings.PassageView;
import cn.ggzy.server.application.RiggingWarnings.RiskView;
import cn.ggzy.server.application.RiggingWarnings.ScreenView;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The warning as the officer reads it, in Chinese and English, and who sees the page. */
class WarningSheetTest {
  private static final DefaultI18NProvider PROVIDER =
      new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));

  private static Detail detail() {
    return new Detail("W1", "421181-zjj", "住建局", "MC-1", "某道路工程", "BD1", "一标段", "HOUSING_CONSTRUCTION", 88,
        0.31, new RiskView("screen-index-1", "筛查指数", "Screen index", null,
            List.of(new ScreenView("cv", "报价变异系数", "Coefficient of variation", 0.0123, 0.97, 0.1617),
                new ScreenView("kurt", "报价峰度", "Kurtosis", null, null, 0))), "CASE_OPENED",
        List.of(new BidderView("A", "甲公司", 1_000_000, false), new BidderView("B", "乙公司", 1_000_000, true)),
        List.of(new EvidenceView("TRACE", "网卡MAC地址相同", "Same MAC address", 1, List.of("A", "B"), "001A2B3C4D5E"),
            new EvidenceView("DOCUMENT", "投标文件内容异常一致", "Abnormally consistent bid files", 4, List.of("A", "B"),
                "Jaccard=0.91", List.of(new PassageView("本工程拟投入钢筋工十二名", 120, 3456))),
            new EvidenceView("EVALUATION", "评标专家评分明显偏离", "An expert's score deviates", null, List.of("B"),
                "expert=E5; score=95; median=80; MAD=0.5; deviation=+15.00")),
        List.of(new BasisView(1, "第四十条第（一）项", "art. 40 item 1"),
            new BasisView(0, "第四十九条", "art. 49", 49)), "预警不是结论", "A warning is not a verdict",
        null, "u1", Instant.EPOCH, "c-9", "麻监案〔2026〕第0009号", Instant.EPOCH, Instant.EPOCH, 2);
  }

  private static String render(Locale locale) {
    Component c = new WarningSheet(locale, (k, a) -> PROVIDER.getTranslation(k, locale, a)).build(detail());
    return c.getElement().getTextRecursively();
  }

  @Test
  void chineseShowsTheEvidenceBetweenNamedBiddersTheBasisAndTheCase() {
    String text = render(Locale.CHINESE);
    assertTrue(text.contains("网卡MAC地址相同 [第1项] — 甲公司、乙公司 (001A2B3C4D5E)"), text);
    assertTrue(text.contains("第四十条第（一）项"));
    assertTrue(text.contains("已立案"));
    assertTrue(text.contains("麻监案〔2026〕第0009号"));
    assertTrue(text.contains("1000000.00"));
    assertFalse(text.contains("Same MAC address"));
    assertTrue(text.contains("共同文字「本工程拟投入钢筋工十二名」：甲公司第121字起，乙公司第3457字起"), text);
    assertTrue(text.contains("评标专家评分明显偏离 — 乙公司 (expert=E5"), text);
    assertTrue(text.contains("第四十九条"));
    assertTrue(text.contains("风险分：88") && text.contains("甲公司（A）：1000000.00"), text);
    assertTrue(text.contains("筛查指数") && text.contains("报价变异系数：0.01230，在本部门市场中处于第 97 百分位（可疑方向），贡献 16.2 分"),
        text);
    assertTrue(text.contains("报价峰度：无法计算"), text);
  }

  @Test
  void englishShowsTheEnglishTexts() {
    String text = render(Locale.ENGLISH);
    assertTrue(text.contains("Same MAC address [item 1]"), text);
    assertTrue(text.contains("art. 40 item 1"));
    assertTrue(text.contains("A warning is not a verdict"));
    assertTrue(text.contains("Case opened"));
    assertTrue(text.contains("Shared text “本工程拟投入钢筋工十二名”: 甲公司 from character 121, 乙公司 from character 3457"),
        text);
    assertTrue(text.contains("art. 49"));
    assertTrue(text.contains("Coefficient of variation: 0.01230, percentile 97 of the department's market (suspicious end), adds 16.2 points"),
        text);
    assertTrue(text.contains("Risk score: 88") && text.contains("甲公司 (A): 1000000.00"), text);
    assertFalse(text.contains("：") || text.contains("（"), "no Chinese punctuation in English labels: " + text);
  }

  @Test
  void officeRolesAndDepartmentHeadsReviewOthersDoNot() {
    assertTrue(with(Role.OFFICE_LEADER).may(Permission.REVIEW_WARNINGS));
    assertTrue(with(Role.OFFICE_OFFICER).may(Permission.REVIEW_WARNINGS));
    assertTrue(with(Role.DEPARTMENT_HEAD).may(Permission.REVIEW_WARNINGS));
    assertFalse(with(Role.DEPARTMENT_OFFICER).may(Permission.REVIEW_WARNINGS));
    assertFalse(with(Role.SYSTEM_ADMIN).may(Permission.REVIEW_WARNINGS));
  }

  private static Caller with(Role role) {
    return new Caller(Login.parse("someone"), TenantId.of("421181-jgb"), Set.of(role), "某人");
  }
}
