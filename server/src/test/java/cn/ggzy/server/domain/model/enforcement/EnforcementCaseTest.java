package cn.ggzy.server.domain.model.enforcement;

import static cn.ggzy.server.domain.model.enforcement.CaseFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnforcementCaseTest {

  @Test
  void aComplaintMustBeAcceptedByTheEndOfTheNextWorkingDay() {
    // received Friday 2026-11-06 evening: Saturday and Sunday do not count → Monday 24:00
    EnforcementCase c = registered(at("2026-11-06T18:30"));
    assertEquals(CaseStatus.REGISTERED, c.status());
    assertEquals(at("2026-11-10T00:00"), c.deadlines().acceptanceDue());
    assertEquals(at("2026-11-10T00:00"), c.currentDue().orElseThrow());
    assertNull(c.deadlines().completionDue());
  }

  @Test
  void acceptingStartsTheFifteenWorkingDayClockFromTheDayAfter() {
    EnforcementCase c = registered(at("2026-11-02T09:00"));
    c.accept(OFFICER, at("2026-11-03T16:00"), CALENDAR);
    // 15 working days after Tue 2026-11-03 → Tue 2026-11-24, deadline at its 24:00
    assertEquals(at("2026-11-25T00:00"), c.deadlines().completionDue());
    assertEquals(Boolean.TRUE, c.state().acceptedOnTime());
  }

  @Test
  void aLateAcceptanceIsRecordedAsLate() {
    EnforcementCase c = registered(at("2026-11-02T09:00"));
    c.accept(OFFICER, at("2026-11-04T08:00"), CALENDAR);
    assertEquals(Boolean.FALSE, c.state().acceptedOnTime());
  }

  @Test
  void aSupplementPauseMovesTheDueDateByTheWorkingDaysAfterItBeganUpToTheDayItEnded() {
    EnforcementCase c = registered(at("2026-11-02T09:00"));
    c.accept(OFFICER, at("2026-11-02T15:00"), CALENDAR);
    assertEquals(at("2026-11-24T00:00"), c.deadlines().completionDue());
    c.requestSupplement(OFFICER, at("2026-11-05T10:00"), "提供异议回复");
    assertEquals(CaseStatus.AWAITING_SUPPLEMENT, c.status());
    // received the next Tuesday: Fri 6, Mon 9, Tue 10 → 3 working days later
    c.receiveSupplement(OFFICER, at("2026-11-10T11:00"), "已收到", CALENDAR);
    assertEquals(CaseStatus.ACCEPTED, c.status());
    assertEquals(3, c.deadlines().pausedWorkingDays());
    assertEquals(at("2026-11-27T00:00"), c.deadlines().completionDue());
  }

  @Test
  void aPauseThatBeganAndEndedTheSameDayMovesNothing() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    Instant before = c.deadlines().completionDue();
    c.pause(OFFICER, at("2026-11-05T09:00"), PauseKind.TESTING, "送检");
    c.resume(OFFICER, at("2026-11-05T17:00"), CALENDAR);
    assertEquals(before, c.deadlines().completionDue());
  }

  @Test
  void anApprovedExtensionSetsTheNewDueDateWithItsReason() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    assertEquals(at("2026-11-24T00:00"), c.deadlines().completionDue());
    c.requestExtension(OFFICER, at("2026-11-10T09:00"), 10, "需要调取银行流水");
    c.approveExtension(LEADER, at("2026-11-10T15:00"), "同意延长10个工作日", CALENDAR);
    assertEquals(at("2026-12-08T00:00"), c.deadlines().completionDue());
    ApprovalRecord record = c.state().approvals().get(0);
    assertEquals(ApprovalKind.EXTENSION, record.kind());
    assertEquals("需要调取银行流水", record.requestReason());
    assertEquals("zhao.leader", record.decidedBy());
    assertTrue(record.approved());
  }

  @Test
  void extensionsStopAtTheStatutoryThirtyWorkingDays() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    CaseException e = assertThrows(CaseException.class,
        () -> c.requestExtension(OFFICER, at("2026-11-10T09:00"), 16, "复杂"));
    assertEquals("workingDays", e.field());
    assertEquals(DeadlineSettings.COMPLETION_CEILING, 15 + 15);
  }

  @Test
  void nobodyApprovesTheirOwnRequest() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    c.proposeDecision(HEAD, at("2026-11-10T09:00"),
        new Decision(DecisionKind.DISMISSED, "驳回投诉", null, false, null, false));
    AccessDeniedException e = assertThrows(AccessDeniedException.class,
        () -> c.approveDecision(HEAD, at("2026-11-10T10:00"), "同意"));
    assertEquals("case.approval.ownRequest", e.code());
    assertFalse(c.availableActions(HEAD).contains(CaseAction.APPROVE_DECISION));
    c.approveDecision(LEADER, at("2026-11-10T11:00"), "同意");
    assertEquals(CaseStatus.DECIDED, c.status());
    assertEquals(Boolean.TRUE, c.state().completedOnTime());
  }

  @Test
  void anOfficerActsOnlyOnTheCasesAssignedToThem() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    AccessDeniedException e = assertThrows(AccessDeniedException.class,
        () -> c.requestSupplement(OTHER_OFFICER, at("2026-11-10T09:00"), "补充"));
    assertEquals("case.action.notAssignee", e.code());
  }

  @Test
  void aTransferredCaseIsHandledByTheReceiverAndTracedByTheSender() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    c.transfer(HEAD, at("2026-11-10T09:00"), JTJ, "属交通运输工程");
    assertEquals(JTJ, c.owner());
    assertEquals(CaseStatus.ACCEPTED, c.status());
    assertNull(c.assignee());
    assertTrue(c.readableBy(ZJJ));
    assertTrue(c.availableActions(HEAD).isEmpty(), "the sender keeps a read-only trace");
    assertTrue(c.availableActions(JTJ_OFFICER).contains(CaseAction.START_INVESTIGATION));
    assertEquals("属交通运输工程", c.state().transfers().get(0).reason());
  }

  @Test
  void aTransferStaysInTheRegion() {
    EnforcementCase c = inStatus(CaseStatus.ACCEPTED);
    CaseException e = assertThrows(CaseException.class,
        () -> c.transfer(HEAD, at("2026-11-10T09:00"), OTHER_REGION, "外地"));
    assertEquals("case.transfer.target.invalid", e.code());
  }

  @Test
  void aJointConsultationRecordsEachDepartmentsOpinionAndTheConclusion() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    c.openConsultation(OFFICER, at("2026-11-10T09:00"), "是否涉嫌串通投标", Set.of(JTJ, OFFICE));
    assertTrue(c.readableBy(JTJ));
    assertThrows(CaseException.class, () -> c.concludeConsultation(OFFICER, at("2026-11-10T09:30"), "结论"));
    c.recordOpinion(JTJ_OFFICER, at("2026-11-10T10:00"), "同一机器码，建议移送公安");
    c.recordOpinion(OFFICER, at("2026-11-10T10:10"), "同意");
    c.concludeConsultation(OFFICER, at("2026-11-10T11:00"), "构成串通投标，移送公安机关");
    Consultation k = c.state().consultations().get(0);
    assertEquals(2, k.opinions().size());
    assertEquals("构成串通投标，移送公安机关", k.conclusion());
    assertTrue(c.openConsultation().isEmpty());
  }

  @Test
  void aPenaltyNamesItsMeasuresAndDisqualificationIsOneToThreeYears() {
    assertThrows(CaseException.class,
        () -> new Decision(DecisionKind.ADMINISTRATIVE_PENALTY, "处罚", null, false, null, false));
    CaseException e = assertThrows(CaseException.class,
        () -> new Decision(DecisionKind.ADMINISTRATIVE_PENALTY, "处罚", null, false, 4, false));
    assertEquals("disqualificationYears", e.field());
    new Decision(DecisionKind.ADMINISTRATIVE_PENALTY, "罚款并取消投标资格", 50_000L, false, 2, false);
  }

  @Test
  void aDeadlineInAYearWithoutItsNoticeIsProvisionalUntilTheNoticeIsLoaded() {
    EnforcementCase c = registered(at("2026-12-24T09:00"));
    // 2027 without its notice: weekends and 元旦 (by law) only
    c.accept(OFFICER, at("2026-12-24T10:00"), new WeekdayCalendar(Set.of(LocalDate.of(2027, 1, 1)), 2026));
    assertEquals(at("2027-01-16T00:00"), c.deadlines().completionDue());
    assertEquals(2027, c.deadlines().missingYear());
    assertTrue(c.deadlines().completionProvisional());
    assertFalse(c.deadlines().acceptanceProvisional(), "the acceptance clock ended in 2026");
    // the notice is loaded and makes Monday 4 January a day off too: the deadline moves and is final
    c.refresh(new WeekdayCalendar(Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)), 2027));
    assertEquals(at("2027-01-19T00:00"), c.deadlines().completionDue());
    assertNull(c.deadlines().missingYear());
    assertFalse(c.deadlines().completionProvisional());
  }

  @Test
  void approvingTheDecisionEndsTheTenderSuspension() {
    EnforcementCase c = inStatus(CaseStatus.INVESTIGATING);
    c.suspendTender(OFFICER, at("2026-11-05T09:00"), "调查期间暂停");
    assertTrue(c.tenderSuspended());
    c.proposeDecision(OFFICER, at("2026-11-10T09:00"),
        new Decision(DecisionKind.FOUNDED_MEASURES_ORDERED, "责令重新评标", null, false, null, false));
    c.approveDecision(HEAD, at("2026-11-10T10:00"), "同意");
    assertFalse(c.tenderSuspended());
    CaseEvent proposed = c.timeline().stream().filter(e -> e.action().equals("PROPOSE_DECISION")).findFirst()
        .orElseThrow();
    assertEquals("责令重新评标", proposed.note(), "the officer's words only");
    assertEquals("FOUNDED_MEASURES_ORDERED", proposed.subject(), "the kind as a code of its own");
    ApprovalRecord approval = c.state().approvals().get(0);
    assertEquals(OFFICER.login(), approval.requestedBy());
    assertEquals(OFFICER.name(), approval.requestedByName());
  }

  @Test
  void aProposalStoredWithTheKindInItsNoteReadsAsKindAndNote() {
    Instant t = at("2026-11-10T09:00");
    CaseEvent old = CaseEvent.legacy(t, "zjj.a", "住建甲", "PROPOSE_DECISION", CaseStatus.INVESTIGATING,
        CaseStatus.DECISION_PENDING, "DISMISSED：经查：评标程序合法");
    assertEquals("DISMISSED", old.subject());
    assertEquals("经查：评标程序合法", old.note());
    CaseEvent words = CaseEvent.legacy(t, "zjj.a", "住建甲", "PROPOSE_DECISION", CaseStatus.INVESTIGATING,
        CaseStatus.DECISION_PENDING, "拟驳回：理由见附件");
    assertEquals(null, words.subject(), "a note that does not start with a kind is kept whole");
    assertEquals("拟驳回：理由见附件", words.note());
    CaseEvent other = CaseEvent.legacy(t, "zjj.a", "住建甲", "ACCEPT", CaseStatus.REGISTERED, CaseStatus.ACCEPTED,
        "DISMISSED：x");
    assertEquals("DISMISSED：x", other.note(), "only proposals are split");
  }

  @Test
  void theTimelineTellsTheWholeStory() {
    EnforcementCase c = registered(at("2026-11-02T09:00"));
    c.accept(OFFICER, at("2026-11-02T10:00"), CALENDAR);
    c.requestSupplement(OFFICER, at("2026-11-02T11:00"), "补正");
    List<CaseEvent> events = c.timeline();
    assertEquals(List.of("REGISTER", "ACCEPT", "REQUEST_SUPPLEMENT"),
        events.stream().map(CaseEvent::action).toList());
    assertEquals(CaseStatus.ACCEPTED, events.get(2).from());
    assertEquals("补正", events.get(2).note());
    assertEquals(LocalDate.of(2026, 11, 2), c.state().pauses().get(0).startedOn());
  }
}
