package cn.ggzy.mobileapi.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.experts.ExpertBodies.DrawRequestBody;
import cn.ggzy.mobileapi.experts.ExpertBodies.ExpertDecisionRequest;
import cn.ggzy.mobileapi.experts.ExpertBodies.QuotaRequest;
import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.ExpertShortfallException;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertBodiesTest {
  @Test
  void aDrawRequestIsReadWithItsOffsetAndABadTimeNamesTheField() {
    DrawRequest r = new DrawRequestBody("p", "S-1", "s", "t", null, null, Arrays.asList(new QuotaRequest("A0301", 4), null),
        1, "2026-12-10T09:00:00+08:00", "中心", false, 6).toRequest();
    assertEquals(Instant.parse("2026-12-10T01:00:00Z"), r.evaluationStart());
    assertEquals(List.of(new SpecialtyQuota("A0301", 4)), r.quotas());
    assertEquals(List.of(), r.bidders());
    DomainException e = assertThrows(DomainException.class, () -> new DrawRequestBody("p", "S-1", "s", "t", null, null,
        List.of(), 0, "2026-12-10 09:00", "中心", false, 6).toRequest());
    assertEquals("evaluationStart", e.field());
  }

  @Test
  void aDecisionNamesItsKindAndDay() {
    assertEquals(new Decision(Decision.Kind.SUSPEND, LocalDate.of(2027, 3, 31), "请假"),
        new ExpertDecisionRequest("SUSPEND", 3, "2027-03-31", "请假").toDecision());
    assertEquals("kind", assertThrows(DomainException.class, () -> new ExpertDecisionRequest("PROMOTE", 3, null, null)
        .toDecision()).field());
    assertEquals("until", assertThrows(DomainException.class, () -> new ExpertDecisionRequest("SUSPEND", 3, "31.03.2027",
        "r").toDecision()).field());
  }

  @Test
  void tooFewExpertsIsExplainedInBothLanguages() {
    ApiError error = ExpertShortfallMapper.error(new ExpertShortfallException("A0401", 3, 5));
    assertEquals("expert.draw.tooFew", error.code());
    assertEquals("专业 A0401 回避后只有 3 个不同单位的专家，本轮需要 5 名（每个单位至多 1 名）。请调整专业或人数，或选择远程异地评标。",
        error.message());
    assertEquals(true, error.messageEn().startsWith("Specialty A0401 has experts of only 3 different employers"));
  }
}
