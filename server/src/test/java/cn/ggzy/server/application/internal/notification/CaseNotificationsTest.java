package cn.ggzy.server.application.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.Notifications.Item;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Case changes reach the right officers' inboxes through the outbox, once, in their language. */
class CaseNotificationsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final TenantId OFFICE = TenantId.of("421181-jgb");
  private static final TenantId ZJJ = TenantId.of("421181-zjj");

  private final CaseRegister register = TestContainer.get(CaseRegister.class);
  private final CaseRepository cases = TestContainer.get(CaseRepository.class);
  private final OutboxDispatcher dispatcher = TestContainer.get(OutboxDispatcher.class);
  private final Notifications notifications = TestContainer.get(Notifications.class);

  private Caller person(TenantId tenant, Role role) {
    return TestOfficers.signedIn(tenant, "note" + N.incrementAndGet() + "p", "通知" + N.get(), role);
  }

  private Detail newCase(Caller by) {
    return register.register(by, new NewCase(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "某工程投诉",
        "摘要", null, null, null, null, false));
  }

  private Detail assign(Caller head, Detail c, Caller officer) {
    Detail accepted = register.act(head, c.id(), Command.of(CaseAction.ACCEPT, c.version()));
    return register.act(head, c.id(), new Command(CaseAction.ASSIGN, accepted.version(), null, null,
        officer.login().value(), null, null, null, null, null, null, null, null, null, null));
  }

  private List<Item> inbox(Caller who, Locale locale) {
    return notifications.inbox(who, locale, 0, 50).items();
  }

  /** The inbox without the new-case notices every officer of the department also gets. */
  private List<Item> inboxBesidesNewCases(Caller who, Locale locale) {
    return inbox(who, locale).stream().filter(i -> i.kind() != NotificationKind.CASE_RECEIVED).toList();
  }

  @Test
  void anAssignmentIsWrittenWithTheCaseAndReachesTheAssigneeOnceHoweverOftenItIsDispatched() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = assign(head, newCase(person(OFFICE, Role.OFFICE_OFFICER)), officer);
    assertFalse(cases.find(ZJJ, new CaseId(c.id())).orElseThrow().state().outbox().isEmpty(),
        "the notification waits in the case document until dispatched");
    assertTrue(inbox(officer, Locale.CHINESE).isEmpty(), "nothing is delivered before the dispatcher runs");

    dispatcher.dispatch();
    dispatcher.dispatch();

    assertTrue(inbox(officer, Locale.SIMPLIFIED_CHINESE).stream().anyMatch(i -> i.kind() == NotificationKind.CASE_RECEIVED
        && i.caseId().equals(c.id())), "the department's officers hear of the new case too");
    List<Item> items = inboxBesidesNewCases(officer, Locale.SIMPLIFIED_CHINESE);
    assertEquals(1, items.size(), items.toString());
    Item assigned = items.get(0);
    assertEquals(NotificationKind.CASE_ASSIGNED, assigned.kind());
    assertEquals("案件分派", assigned.title());
    assertEquals(head.displayName() + "将案件 " + c.number() + " 分派给您办理。", assigned.body());
    assertEquals(c.id(), assigned.caseId());
    assertEquals(2, notifications.unread(officer), "the new case and the assignment");
    assertTrue(cases.find(ZJJ, new CaseId(c.id())).orElseThrow().state().outbox().isEmpty(), "outbox emptied");
    assertTrue(inbox(head, Locale.CHINESE).stream().noneMatch(i -> i.kind() == NotificationKind.CASE_ASSIGNED),
        "the head who assigned is not told of his own action");
    assertTrue(inbox(head, Locale.CHINESE).stream().anyMatch(i -> i.kind() == NotificationKind.CASE_RECEIVED
        && i.caseId().equals(c.id())), "the department's head heard of the new case");

    // the id fits in one path segment of POST /api/v1/notifications/{id}/read
    assertFalse(assigned.id().contains("/"), assigned.id());
    notifications.markRead(officer, assigned.id());
    assertEquals(1, notifications.unread(officer));
  }

  @Test
  void anOfficerReadsNotificationsInTheLanguageHeChose() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    notifications.updateSettings(officer, Locale.ENGLISH, Set.of());
    Detail c = assign(head, newCase(head), officer);
    dispatcher.dispatch();
    Item item = inboxBesidesNewCases(officer, notifications.settings(officer).language()).get(0);
    assertEquals("Case assigned", item.title());
    assertEquals(head.displayName() + " assigned case " + c.number() + " to you.", item.body());
  }

  @Test
  void aMutedKindStaysInTheInboxAsReadButOverdueAlertsCannotBeMuted() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    notifications.updateSettings(officer, Locale.CHINESE, Set.of(NotificationKind.CASE_ASSIGNED,
        NotificationKind.CASE_RECEIVED));
    assign(head, newCase(head), officer);
    dispatcher.dispatch();
    assertEquals(0, notifications.unread(officer), "muted: no unread count");
    assertTrue(inbox(officer, Locale.CHINESE).get(0).read());
    DomainException refused = assertThrows(DomainException.class, () -> notifications.updateSettings(officer,
        Locale.CHINESE, Set.of(NotificationKind.COMPLETION_OVERDUE)));
    assertEquals("notification.mute.escalation", refused.code());
  }

  /** A case under investigation whose officer asked the office's leaders for 5 more working days. */
  private Detail extensionRequested(Caller head, Caller officer) {
    Detail c = assign(head, newCase(head), officer);
    c = register.act(officer, c.id(), Command.of(CaseAction.START_INVESTIGATION, c.version()));
    return register.act(officer, c.id(), new Command(CaseAction.REQUEST_EXTENSION, c.version(), "需调取银行流水",
        null, null, null, 5, null, null, null, null, null, null, null, null));
  }

  @Test
  void anApprovalRequestReachesTheApproversAndItsOutcomeTheOfficerWhoAsked() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = extensionRequested(head, officer);
    dispatcher.dispatch();
    String number = c.number();
    assertTrue(inbox(leader, Locale.CHINESE).stream().anyMatch(i -> i.kind() == NotificationKind.APPROVAL_REQUESTED
        && i.caseNumber().equals(number)), "an extension is approved by the office's leaders");
    assertTrue(inbox(head, Locale.CHINESE).stream().noneMatch(i -> i.kind() == NotificationKind.APPROVAL_REQUESTED
        && i.caseNumber().equals(number)), "not by the department's head");

    register.act(leader, c.id(), Command.of(CaseAction.APPROVE_EXTENSION, c.version()));
    dispatcher.dispatch();
    var decided = inbox(officer, Locale.CHINESE).stream().filter(i -> i.kind() == NotificationKind.APPROVAL_DECIDED
        && i.caseNumber().equals(number)).findFirst().orElseThrow();
    assertEquals("审批结果：同意", decided.title(), "the result says approved");
    assertTrue(decided.body().contains("已同意"), decided.body());
    assertEquals("Approved", inbox(officer, Locale.ENGLISH).stream().filter(i -> i.id().equals(decided.id()))
        .findFirst().orElseThrow().title());
  }

  @Test
  void aRefusedRequestSaysRefused() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller leader = person(OFFICE, Role.OFFICE_LEADER);
    Caller officer = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = extensionRequested(head, officer);
    register.act(leader, c.id(), Command.of(CaseAction.REFUSE_EXTENSION, c.version()).withReason("理由不足"));
    dispatcher.dispatch();
    String number = c.number();
    var decided = inbox(officer, Locale.CHINESE).stream().filter(i -> i.kind() == NotificationKind.APPROVAL_DECIDED
        && i.caseNumber().equals(number)).findFirst().orElseThrow();
    assertEquals("审批结果：不同意", decided.title());
  }

  @Test
  void notificationsOfSeveralChangesWaitTogetherAndAreAllDelivered() {
    Caller head = person(ZJJ, Role.DEPARTMENT_HEAD);
    Caller first = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Caller second = person(ZJJ, Role.DEPARTMENT_OFFICER);
    Detail c = assign(head, newCase(head), first);
    register.act(head, c.id(), new Command(CaseAction.ASSIGN, c.version(), null, null, second.login().value(),
        null, null, null, null, null, null, null, null, null, null));
    assertEquals(3, cases.find(ZJJ, new CaseId(c.id())).orElseThrow().state().outbox().size(),
        "received, assigned to the first, assigned to the second");
    dispatcher.dispatch();
    assertEquals(1, inboxBesidesNewCases(first, Locale.CHINESE).size());
    assertEquals(1, inboxBesidesNewCases(second, Locale.CHINESE).size());
  }
}
