package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.ExpertShortfallException;
import cn.ggzy.server.domain.model.expert.Specialties;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.experts.SpecialtyNames;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The request for experts without a browser: what is sent, and the refusals at their fields. */
class DrawRequestFormTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 14, 10, 0);
  private final List<DrawRequest> sent = new ArrayList<>();

  private DrawRequestForm form(Locale locale) {
    DrawRequestForm form = new DrawRequestForm(ExpertTestData.texts(locale), ExpertTestData.names(locale), NOW);
    form.onRequest(sent::add);
    return form;
  }

  private static void fill(DrawRequestForm form, SpecialtyNames names) {
    form.projectName.setValue("城东污水管网改造工程");
    form.sectionCode.setValue("MC-2026-031-02");
    form.sectionName.setValue("二标段");
    form.tenderer.setValue("麻城市城市建设投资有限公司");
    form.agency.setValue("湖北某招标代理有限公司");
    form.bidders.setValue("甲建设公司\n\n乙市政公司\n");
    form.quotas.rows.get(0).specialty.setValue(names.find("A0204"));
    form.quotas.rows.get(0).count.setValue(2);
    form.quotas.add.click();
    form.quotas.rows.get(1).specialty.setValue(names.find("A0202"));
    form.quotas.rows.get(1).count.setValue(3);
    form.evaluationStart.setValue(LocalDateTime.of(2026, 12, 18, 9, 30));
    form.place.setValue("麻城市公共资源交易中心第三评标室");
  }

  @Test
  void theRequestIsSentWithTheStartInBeijingTimeAndItsDefaults() {
    DrawRequestForm form = form(Language.CHINESE);
    assertEquals(6, form.recentMonths.getValue(), "six months by default");
    assertEquals(0, form.representatives.getValue());
    fill(form, ExpertTestData.names(Language.CHINESE));
    form.submit.click();
    DrawRequest r = sent.get(0);
    assertEquals(Instant.parse("2026-12-18T01:30:00Z"), r.evaluationStart());
    assertEquals(List.of("甲建设公司", "乙市政公司"), r.bidders());
    assertEquals(List.of(new SpecialtyQuota("A0202", 3), new SpecialtyQuota("A0204", 2)), r.quotas());
    assertEquals(5, r.experts());
    assertEquals(6, r.recentMonths());
    assertFalse(r.remote());
    r.validate(Specialties.standard(), Instant.parse("2026-12-14T02:00:00Z"));
  }

  @Test
  void aRowWithACountButNoSpecialtyIsMarkedAndNothingIsSent() {
    DrawRequestForm form = form(Language.CHINESE);
    form.quotas.rows.get(0).count.setValue(5);
    form.submit.click();
    assertTrue(sent.isEmpty());
    assertTrue(form.quotas.rows.get(0).specialty.isInvalid());
  }

  @Test
  void faultsOfTheRequestFindTheirRowsInTheOrderTheRequestKeepsThem() {
    DrawRequestForm form = form(Language.CHINESE);
    SpecialtyNames names = ExpertTestData.names(Language.CHINESE);
    fill(form, names);
    IntakeValidationException e = new IntakeValidationException(List.of(
        new Violation("expert.request.count", "quotas[1].count"),
        new Violation("expert.request.committee", "quotas"),
        new Violation("expert.request.start", "evaluationStart"),
        new Violation("expert.request.tenderer", "tenderer")));
    assertEquals(List.of(), DrawRefusals.showAtFields(e, Language.CHINESE, ExpertTestData.chinese(), form, names));
    assertTrue(form.quotas.rows.get(0).count.isInvalid(), "quotas[1] is A0204, the first row");
    assertFalse(form.quotas.rows.get(1).count.isInvalid());
    assertTrue(form.quotas.error.isVisible());
    assertTrue(form.quotas.error.getText().startsWith("评标委员会须为 5 人以上单数"), form.quotas.error.getText());
    assertTrue(form.evaluationStart.isInvalid() && form.tenderer.isInvalid());
  }

  @Test
  void tooFewExpertsIsToldInDetailAtTheSpecialtiesAndBesideTheButton() {
    DrawRequestForm form = form(Language.CHINESE);
    SpecialtyNames names = ExpertTestData.names(Language.CHINESE);
    DomainException shortfall = new ExpertShortfallException("A0204", 2, 3);
    List<String> rest = DrawRefusals.showAtFields(shortfall, Language.CHINESE, ExpertTestData.chinese(), form, names);
    String detail = "专业 A0204 工程造价（市政） 回避后只有 2 个不同单位的专家，本轮需要 3 名（每个单位至多 1 名）。"
        + "请调整专业或人数，或选择远程异地评标。";
    assertEquals(List.of(detail), rest);
    assertEquals(detail, form.quotas.error.getText());
    String english = DrawRefusals.text(shortfall, Language.ENGLISH, ExpertTestData.names(Language.ENGLISH));
    assertTrue(english.contains("A0204 Cost engineering (municipal)") && english.contains("2")
        && english.contains("3"), english);
  }
}
