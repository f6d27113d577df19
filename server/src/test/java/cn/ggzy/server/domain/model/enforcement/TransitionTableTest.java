package cn.ggzy.server.domain.model.enforcement;

import static cn.ggzy.server.domain.model.enforcement.CaseFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.StateConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole workflow, written out here independently of {@link Transitions}: every action from
 * every status by every kind of person, on a case of 住建局 assigned to 李执法. Allowed moves land
 * on the expected status; a move from a wrong status is a state conflict; a move by the wrong
 * person is access denied.
 */
class TransitionTableTest {
  private static final Instant T = at("2026-11-20T10:00");
  private static final String EXPECTED = """
      ACCEPT                 | REGISTERED>ACCEPTED                                   | OFFICER HEAD
      PROPOSE_NON_ACCEPTANCE | REGISTERED>NON_ACCEPTANCE_PENDING                     | OFFICER HEAD
      APPROVE_NON_ACCEPTANCE | NON_ACCEPTANCE_PENDING>NOT_ACCEPTED                   | HEAD LEADER
      REFUSE_NON_ACCEPTANCE  | NON_ACCEPTANCE_PENDING>REGISTERED                     | HEAD LEADER
      ASSIGN                 | ACCEPTED>ASSIGNED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED | HEAD
      START_INVESTIGATION    | ACCEPTED>INVESTIGATING ASSIGNED>INVESTIGATING         | OFFICER HEAD
      REQUEST_SUPPLEMENT     | ACCEPTED>AWAITING_SUPPLEMENT ASSIGNED>AWAITING_SUPPLEMENT INVESTIGATING>AWAITING_SUPPLEMENT | OFFICER HEAD
      RECEIVE_SUPPLEMENT     | AWAITING_SUPPLEMENT>INVESTIGATING                     | OFFICER HEAD
      PAUSE                  | INVESTIGATING>PAUSED                                  | OFFICER HEAD
      RESUME                 | PAUSED>INVESTIGATING                                  | OFFICER HEAD
      SUSPEND_TENDER         | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED | OFFICER HEAD
      LIFT_TENDER_SUSPENSION | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED DECISION_PENDING DECIDED | OFFICER HEAD
      REQUEST_EXTENSION      | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED DECISION_PENDING | OFFICER HEAD
      APPROVE_EXTENSION      | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED DECISION_PENDING | LEADER
      REFUSE_EXTENSION       | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED DECISION_PENDING | LEADER
      TRANSFER               | REGISTERED ACCEPTED ASSIGNED>ACCEPTED INVESTIGATING>ACCEPTED | HEAD
      REFER                  | ACCEPTED ASSIGNED INVESTIGATING AWAITING_SUPPLEMENT PAUSED DECISION_PENDING DECIDED | OFFICER HEAD
      OPEN_CONSULTATION      | ACCEPTED ASSIGNED INVESTIGATING PAUSED                | OFFICER HEAD
      RECORD_OPINION         | ACCEPTED ASSIGNED INVESTIGATING PAUSED                | OFFICER HEAD JTJ_OFFICER
      CONCLUDE_CONSULTATION  | ACCEPTED ASSIGNED INVESTIGATING PAUSED                | OFFICER HEAD
      PROPOSE_DECISION       | INVESTIGATING>DECISION_PENDING                        | OFFICER HEAD
      APPROVE_DECISION       | DECISION_PENDING>DECIDED                              | HEAD LEADER
      REFUSE_DECISION        | DECISION_PENDING>INVESTIGATING                        | HEAD LEADER
      DELIVER                | DECIDED>DELIVERED NOT_ACCEPTED>DELIVERED              | OFFICER HEAD
      PROPOSE_CLOSE          | DELIVERED>CLOSE_PENDING                               | OFFICER HEAD
      APPROVE_CLOSE          | CLOSE_PENDING>CLOSED                                  | HEAD LEADER
      REFUSE_CLOSE           | CLOSE_PENDING>DELIVERED                               | HEAD LEADER
      """;
  private static final Map<String, Actor> PEOPLE = Map.of("OFFICER", OFFICER, "HEAD", HEAD,
      "OFFICE_OFFICER", OFFICE_OFFICER, "LEADER", LEADER, "ADMIN", ADMIN, "JTJ_OFFICER", JTJ_OFFICER,
      "FOREIGN_HEAD", FOREIGN_HEAD);

  record Row(Map<CaseStatus, CaseStatus> moves, Set<Actor> actors) {}

  static Map<CaseAction, Row> expected() {
    Map<CaseAction, Row> rows = new EnumMap<>(CaseAction.class);
    for (String line : EXPECTED.strip().split("\n")) {
      String[] parts = line.split("\\|");
      Map<CaseStatus, CaseStatus> moves = new HashMap<>();
      for (String move : parts[1].trim().split("\\s+")) {
        String[] ft = move.split(">");
        moves.put(CaseStatus.valueOf(ft[0]), CaseStatus.valueOf(ft.length == 2 ? ft[1] : ft[0]));
      }
      Set<Actor> actors = new HashSet<>();
      for (String who : parts[2].trim().split("\\s+")) {
        actors.add(PEOPLE.get(who));
      }
      rows.put(CaseAction.valueOf(parts[0].trim()), new Row(moves, actors));
    }
    return rows;
  }

  private static final Map<CaseAction, BiConsumer<EnforcementCase, Actor>> DO = new EnumMap<>(CaseAction.class);

  static {
    DO.put(CaseAction.ACCEPT, (c, a) -> c.accept(a, T, CALENDAR));
    DO.put(CaseAction.PROPOSE_NON_ACCEPTANCE, (c, a) -> c.proposeNonAcceptance(a, T, NonAcceptanceGround.NO_INTEREST, "投诉人未参与投标"));
    DO.put(CaseAction.APPROVE_NON_ACCEPTANCE, (c, a) -> c.approveNonAcceptance(a, T, "同意"));
    DO.put(CaseAction.REFUSE_NON_ACCEPTANCE, (c, a) -> c.refuseNonAcceptance(a, T, "投诉人系投标人，应予受理"));
    DO.put(CaseAction.ASSIGN, (c, a) -> c.assign(a, T, OFFICER.login(), OFFICER.name(), ZJJ));
    DO.put(CaseAction.START_INVESTIGATION, (c, a) -> c.startInvestigation(a, T));
    DO.put(CaseAction.REQUEST_SUPPLEMENT, (c, a) -> c.requestSupplement(a, T, "补充投标文件制作机器码的证明"));
    DO.put(CaseAction.RECEIVE_SUPPLEMENT, (c, a) -> c.receiveSupplement(a, T, "已收到", CALENDAR));
    DO.put(CaseAction.PAUSE, (c, a) -> c.pause(a, T, PauseKind.EXPERT_REVIEW, "组织专家评审"));
    DO.put(CaseAction.RESUME, (c, a) -> c.resume(a, T, CALENDAR));
    DO.put(CaseAction.SUSPEND_TENDER, (c, a) -> c.suspendTender(a, T, "调查期间暂停招标投标活动"));
    DO.put(CaseAction.LIFT_TENDER_SUSPENSION, (c, a) -> c.liftTenderSuspension(a, T, "恢复"));
    DO.put(CaseAction.REQUEST_EXTENSION, (c, a) -> c.requestExtension(a, T, 5, "案情复杂"));
    DO.put(CaseAction.APPROVE_EXTENSION, (c, a) -> c.approveExtension(a, T, "同意延期", CALENDAR));
    DO.put(CaseAction.REFUSE_EXTENSION, (c, a) -> c.refuseExtension(a, T, "理由不足"));
    DO.put(CaseAction.TRANSFER, (c, a) -> c.transfer(a, T, JTJ, "属交通运输项目"));
    DO.put(CaseAction.REFER, (c, a) -> c.refer(a, T, ReferralOrgan.PUBLIC_SECURITY, "麻城市公安局",
        "涉嫌串通投标罪", List.of("案件移送书", "证据清单")));
    DO.put(CaseAction.OPEN_CONSULTATION, (c, a) -> c.openConsultation(a, T, "是否构成串通投标", Set.of(JTJ)));
    DO.put(CaseAction.RECORD_OPINION, (c, a) -> c.recordOpinion(a, T, "建议移送公安"));
    DO.put(CaseAction.CONCLUDE_CONSULTATION, (c, a) -> c.concludeConsultation(a, T, "构成串通投标"));
    DO.put(CaseAction.PROPOSE_DECISION, (c, a) -> c.proposeDecision(a, T,
        new Decision(DecisionKind.DISMISSED, "投诉缺乏事实根据，驳回投诉", null, false, null, false)));
    DO.put(CaseAction.APPROVE_DECISION, (c, a) -> c.approveDecision(a, T, "同意"));
    DO.put(CaseAction.REFUSE_DECISION, (c, a) -> c.refuseDecision(a, T, "事实不清"));
    DO.put(CaseAction.DELIVER, (c, a) -> c.deliver(a, T, "直接送达"));
    DO.put(CaseAction.PROPOSE_CLOSE, (c, a) -> c.proposeClose(a, T, "已送达，申请结案"));
    DO.put(CaseAction.APPROVE_CLOSE, (c, a) -> c.approveClose(a, T, "同意结案"));
    DO.put(CaseAction.REFUSE_CLOSE, (c, a) -> c.refuseClose(a, T, "材料不全"));
  }

  /** What an action needs besides the status: an extension asked by someone else, an open consultation… */
  static EnforcementCase prepared(CaseStatus status, CaseAction action) {
    EnforcementCase c = inStatus(status);
    CaseState s = c.state();
    switch (action) {
      case LIFT_TENDER_SUSPENSION -> s.suspension = new TenderSuspension(at("2026-11-05T09:00"), "zhou.officer",
          "暂停", null, null);
      case APPROVE_EXTENSION, REFUSE_EXTENSION -> s.pendingExtension = new PendingRequest(ApprovalKind.EXTENSION,
          "zhou.officer", "周执法", at("2026-11-06T09:00"), "案情复杂", 5);
      case RECORD_OPINION, CONCLUDE_CONSULTATION -> s.consultations.add(new Consultation("会商", List.of(JTJ),
          at("2026-11-06T09:00"), "zhou.officer", List.of(new Opinion(JTJ, "sun.jtj", "孙执法",
              at("2026-11-07T09:00"), "同意")), null, null, null));
      default -> { }
    }
    return c;
  }

  static Stream<Arguments> everyActionFromEveryStatus() {
    List<Arguments> all = new ArrayList<>();
    for (CaseAction action : CaseAction.values()) {
      for (CaseStatus status : CaseStatus.values()) {
        all.add(Arguments.of(action, status));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyActionFromEveryStatus")
  void everyPersonGetsWhatTheTableSays(CaseAction action, CaseStatus status) {
    Row row = expected().get(action);
    for (Actor actor : CaseFixtures.EVERYONE) {
      EnforcementCase c = prepared(status, action);
      boolean offered = c.availableActions(actor).contains(action);
      boolean allowed = row.moves().containsKey(status) && row.actors().contains(actor);
      try {
        DO.get(action).accept(c, actor);
        if (!allowed) {
          fail(actor.login() + " could " + action + " from " + status);
        }
        assertEquals(row.moves().get(status), c.status(), action + " from " + status);
        assertEquals(action.name(), c.timeline().get(c.timeline().size() - 1).action());
      } catch (StateConflictException | AccessDeniedException refused) {
        if (allowed) {
          fail(actor.login() + " was refused " + action + " from " + status + ": " + refused.code());
        }
        if (!row.moves().containsKey(status)) {
          assertInstanceOf(StateConflictException.class, refused, refused.code());
        } else {
          assertInstanceOf(AccessDeniedException.class, refused, refused.code());
        }
      }
      assertEquals(allowed, offered, action + " offered to " + actor.login() + " in " + status);
    }
  }

  @Test
  void theTableInTheDomainIsTheOneWrittenHere() {
    Map<CaseAction, Row> rows = expected();
    assertEquals(CaseAction.values().length, rows.size());
    for (CaseAction action : CaseAction.values()) {
      Map<CaseStatus, CaseStatus> domain = new HashMap<>();
      Transitions.rule(action).moves().forEach((from, to) ->
          domain.put(from, to == null ? CaseStatus.INVESTIGATING : to));
      assertEquals(rows.get(action).moves(), domain, action.name());
    }
  }

  @Test
  void noOneActsOnAClosedCase() {
    for (Actor actor : CaseFixtures.EVERYONE) {
      assertTrue(inStatus(CaseStatus.CLOSED).availableActions(actor).isEmpty(), actor.login());
    }
  }
}
