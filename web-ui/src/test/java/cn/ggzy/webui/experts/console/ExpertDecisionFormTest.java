package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.Decision.Kind;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.expert.Certificate;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertProfile;
import cn.ggzy.server.domain.model.expert.ExpertRules;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.webui.experts.ExpertTestData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The office's decisions: offered exactly where the pool's rules allow them, each with what it needs. */
class ExpertDecisionFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);
  private static final Instant NOW = Instant.parse("2026-12-14T02:00:00Z");
  private final List<Decision> decided = new ArrayList<>();

  static Expert candidate() {
    ExpertProfile p = new ExpertProfile("张工", ExpertTestData.RESIDENT_ID, LocalDate.of(1980, 1, 1), "13800138000",
        "麻城市建筑设计院", "高级工程师", List.of("A0101"), List.of(new Certificate("高级工程师", "X-1", null)),
        List.of(), false);
    return Expert.apply("421181-EABCDEFGHJK", RegionCode.of("421181"), p, NOW);
  }

  private static Expert in(ExpertState state) {
    Expert c = candidate();
    return switch (state) {
      case CANDIDATE -> c;
      case ACTIVE -> c.approve("jgb", NOW, TODAY, ExpertRules.DEFAULT, "");
      case SUSPENDED -> c.approve("jgb", NOW, TODAY, ExpertRules.DEFAULT, "").suspend("jgb", NOW, TODAY, "病假");
      case EXITED -> c.exit("jgb", NOW, "本人申请");
      case REJECTED -> c.reject("jgb", NOW, "证书不符");
    };
  }

  private static boolean domainAllows(Expert e, Kind kind) {
    try {
      switch (kind) {
        case APPROVE -> e.approve("jgb", NOW, TODAY, ExpertRules.DEFAULT, "");
        case REJECT -> e.reject("jgb", NOW, "理由");
        case SUSPEND -> e.suspend("jgb", NOW, TODAY, "理由");
        case REINSTATE -> e.reinstate("jgb", NOW, "");
        case REVIEW -> e.reviewed("jgb", NOW, TODAY, ExpertRules.DEFAULT, "");
        case EXIT -> e.exit("jgb", NOW, "理由");
        default -> throw new IllegalArgumentException(kind.name());
      }
      return true;
    } catch (StateConflictException refused) {
      return false;
    }
  }

  @Test
  void eachStateOffersTheDecisionsThePoolsRulesAllow() {
    for (ExpertState state : ExpertState.values()) {
      Expert e = in(state);
      Set<Kind> allowed = EnumSet.noneOf(Kind.class);
      for (Kind kind : Kind.values()) {
        if (domainAllows(e, kind)) {
          allowed.add(kind);
        }
      }
      assertEquals(allowed, Set.copyOf(ExpertDecisionForm.allowed(state)), state.name());
    }
    assertEquals(Kind.APPROVE, ExpertDecisionForm.allowed(ExpertState.CANDIDATE).get(0), "approval comes first");
  }

  @Test
  void approvalNeedsNoReasonARejectionDoes() {
    ExpertDecisionForm approve = new ExpertDecisionForm(ExpertTestData.KEYS, Kind.APPROVE, TODAY);
    approve.onDecide(decided::add);
    assertFalse(approve.until.isVisible());
    assertEquals("experts.decision.note", approve.reason.getLabel());
    approve.confirm.click();
    assertEquals(List.of(new Decision(Kind.APPROVE, null, null)), decided);

    ExpertDecisionForm reject = new ExpertDecisionForm(ExpertTestData.KEYS, Kind.REJECT, TODAY);
    reject.onDecide(decided::add);
    reject.confirm.click();
    assertEquals(1, decided.size(), "not without a reason");
    assertTrue(reject.reason.isInvalid());
    reject.reason.setValue("  职称证书与所报专业不符 ");
    reject.confirm.click();
    assertEquals(new Decision(Kind.REJECT, null, "职称证书与所报专业不符"), decided.get(1));
  }

  @Test
  void aSuspensionNeedsItsLastDayAndTheBackendsFaultsFindTheirFields() {
    ExpertDecisionForm suspend = new ExpertDecisionForm(ExpertTestData.KEYS, Kind.SUSPEND, TODAY);
    suspend.onDecide(decided::add);
    assertTrue(suspend.until.isVisible());
    assertEquals(TODAY, suspend.until.getMin());
    suspend.reason.setValue("连续两次无故不参加评标");
    suspend.confirm.click();
    assertTrue(decided.isEmpty());
    assertTrue(suspend.until.isInvalid());
    suspend.until.setValue(TODAY.plusMonths(6));
    suspend.confirm.click();
    assertEquals(new Decision(Kind.SUSPEND, TODAY.plusMonths(6), "连续两次无故不参加评标"), decided.get(0));
    for (Map.Entry<String, Boolean> field : Map.of("reason", true, "until", true, "state", false).entrySet()) {
      assertEquals(field.getValue(), suspend.showFieldError(field.getKey(), "错误"), field.getKey());
    }
    assertNull(new ExpertDecisionForm(ExpertTestData.KEYS, Kind.REVIEW, TODAY).until.getValue());
  }
}
