package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Approval;
import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.Event;
import cn.ggzy.server.application.CaseViews.TransferLine;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Industry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Case views as the backend gives them, for the UI's tests. */
final class CaseFixtures {
  static final Instant RECEIVED = Instant.parse("2026-11-26T02:00:00Z");

  private CaseFixtures() {}

  static Detail investigating(long version, boolean readOnly, Set<CaseAction> actions) {
    LocalDate lastDay = LocalDate.of(2026, 12, 17);
    Clock acceptance = new Clock("acceptance", Instant.parse("2026-11-26T16:00:00Z"), LocalDate.of(2026, 11, 26),
        null, false, false, false, null);
    Clock completion = new Clock("completion", Instant.parse("2026-12-17T16:00:00Z"), lastDay, 14, false, false, false,
        null);
    List<Event> timeline = List.of(
        new Event(RECEIVED, "system:intake", "网上受理平台", "REGISTER", null, CaseStatus.REGISTERED, null, null),
        new Event(RECEIVED.plusSeconds(3600), "zjj.a", "住建甲", "ACCEPT", CaseStatus.REGISTERED,
            CaseStatus.ACCEPTED, null, null),
        new Event(RECEIVED.plusSeconds(7200), "zjj.a", "住建甲", "START_INVESTIGATION", CaseStatus.ACCEPTED,
            CaseStatus.INVESTIGATING, null, null),
        new Event(RECEIVED.plusSeconds(9000), "zjj.a", "住建甲", "PROPOSE_DECISION", CaseStatus.INVESTIGATING,
            CaseStatus.DECISION_PENDING, "经查，评标程序合法。", "case.decisionKind.DISMISSED"),
        new Event(RECEIVED.plusSeconds(9060), "zjj.head", "住建负责人", "REFUSE_DECISION",
            CaseStatus.DECISION_PENDING, CaseStatus.INVESTIGATING, "事实不清", null));
    return new Detail("case-1", "麻监案〔2026〕第0001号", version, "421181-zjj", "麻城市住房和城乡建设局", readOnly,
        CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "城东安置房项目投诉", "评标不公", "MC-2026-018",
        "城东安置房", "某建设公司", "TS20260001", RECEIVED, CaseStatus.INVESTIGATING, null, null,
        RECEIVED.plusSeconds(3600), acceptance, completion, 0, 0, List.of(), null, null, null, null, null,
        true, "调查期间暂停", null,
        List.of(new TransferLine("421181-jgb", "监管办", "421181-zjj", "住建局", RECEIVED, "jgb.li", "属住建行业")),
        List.of(), List.of(),
        List.of(new Approval("DECISION", "zjj.a", "住建甲", RECEIVED, "拟驳回", "zjj.head", "住建负责人",
            RECEIVED.plusSeconds(60), false, "事实不清", 0)),
        timeline, actions, Set.of(), "Complaint: Unfair evaluation (Chengdong resettlement housing)",
        "Section: Lot 1\nFacts and reasons: 评标专家打分异常", true, 15, 30);
  }
}
