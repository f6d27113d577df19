package cn.ggzy.webui.experts;

import static cn.ggzy.webui.experts.ExpertTestData.RESIDENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertPool.ExpertSelf;
import cn.ggzy.server.application.ExpertPool.ServedAssignment;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.tenants.TenantCatalogue;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.publicsite.PublicErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The expert's own record: asking for the link (what is sent, what is marked, the same words
 * whatever the answer) and the page the link opens, in Chinese and English.
 */
class ExpertAccessTest {
  private final List<String> requested = new ArrayList<>();

  private ExpertAccessForm form(Locale locale) {
    ExpertAccessForm form = new ExpertAccessForm(ExpertTestData.texts(locale));
    form.setRegions(List.of(TenantCatalogue.macheng()), locale);
    form.onRequest((region, id, phone) -> requested.add(region + " " + id + " " + phone));
    return form;
  }

  static ExpertSelf self(ExpertState state) {
    return new ExpertSelf("张工", "4211************16", state, List.of("A0202", "A0204"), LocalDate.of(2027, 12, 14),
        state == ExpertState.SUSPENDED ? LocalDate.of(2027, 6, 30) : null, Instant.parse("2026-12-19T06:00:00Z"),
        List.of(new ServedAssignment("XD-1", "城东污水管网改造工程二标段", "A0202", Instant.parse("2026-12-18T01:30:00Z"),
            "麻城市公共资源交易中心第三评标室", false, AssignmentStatus.ACCEPTED),
            new ServedAssignment("XD-2", "G106 改线工程一标段", "A0204", Instant.parse("2026-11-03T01:00:00Z"), null,
                true, AssignmentStatus.DECLINED)),
        2, ScoreLinesTest.score());
  }

  @Test
  void theDetailsAreSentNormalisedToTheFirstRegion() {
    ExpertAccessForm form = form(Language.CHINESE);
    assertFalse(form.region.isVisible(), "one region: nothing to choose");
    form.residentId.setValue(" " + RESIDENT_ID + " ");
    form.phone.setValue("138 0013-8000");
    form.submit.click();
    assertEquals(List.of("421181 " + RESIDENT_ID + " 13800138000"), requested);
  }

  @Test
  void blankFieldsAndAnIdThatCannotBeOneAreMarkedAndNothingIsSent() {
    ExpertAccessForm form = form(Language.CHINESE);
    form.submit.click();
    assertTrue(form.residentId.isInvalid() && form.phone.isInvalid());
    assertEquals("请填写此项", form.residentId.getErrorMessage());
    form.residentId.setValue(RESIDENT_ID.substring(0, 17) + (RESIDENT_ID.endsWith("6") ? "7" : "6"));
    form.phone.setValue("13800138000");
    form.submit.click();
    assertEquals("请输入正确的 18 位居民身份证号码", form.residentId.getErrorMessage());
    assertFalse(form.phone.isInvalid());
    assertTrue(requested.isEmpty());
    assertTrue(PublicErrors.showAtFields(new DomainException("expert.region.unknown", "region"), Language.CHINESE,
        ExpertTestData.chinese(), form).isEmpty(), "a refusal at the region is shown there");
    assertTrue(form.region.isInvalid());
  }

  @Test
  void onceSentTheSameWordsStandWhateverTheAnswerAndTheDetailsAreGone() {
    ExpertAccessForm form = form(Language.CHINESE);
    form.residentId.setValue(RESIDENT_ID);
    form.phone.setValue("13800138000");
    form.submit.click();
    form.sent();
    assertTrue(form.confirmation.isVisible());
    assertFalse(form.residentId.isVisible() || form.phone.isVisible() || form.submit.isVisible());
    assertEquals("", form.residentId.getValue());
    assertEquals("如果您填写的信息与专家库中的专家一致，查看链接已发送到库中登记的手机号码，24 小时内有效。",
        form.confirmation.getElement().getTextRecursively());
    ExpertAccessForm english = form(Language.ENGLISH);
    english.sent();
    assertEquals("If the details match an expert of the pool, a link was sent to the phone number on file; it is "
        + "valid for 24 hours.", english.confirmation.getElement().getTextRecursively());
  }

  @Test
  void theOwnPageShowsStateSpecialtiesEvaluationsAndScoreNeverTheFullId() {
    String text = new ExpertSelfSheet(ExpertTestData.chinese(), Language.CHINESE,
        ExpertTestData.names(Language.CHINESE)).build(self(ExpertState.SUSPENDED)).getElement().getTextRecursively();
    for (String expected : List.of("张工专家，您好", "暂停", "4211************16", "A0202 给水排水管网、A0204 工程造价（市政）",
        "2027年12月14日", "2027年6月30日", "本页链接有效期至 2026年12月19日 14:00", "城东污水管网改造工程二标段", "接受",
        "2026年12月18日 09:30", "麻城市公共资源交易中心第三评标室", "G106 改线工程一标段", "不能参加", "远程异地评标",
        "另有 2 次评标尚未开始", "76.7 分", "评审中接打电话")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains(RESIDENT_ID));
    String english = new ExpertSelfSheet(ExpertTestData.english(), Language.ENGLISH,
        ExpertTestData.names(Language.ENGLISH)).build(self(ExpertState.ACTIVE)).getElement().getTextRecursively();
    assertTrue(english.contains("Dear 张工") && english.contains("In the pool") && english.contains("Accepted"),
        english);
    assertTrue(english.contains("2 more evaluations have not started yet"), english);
    assertFalse(english.contains("Suspended until"), english);
  }
}
