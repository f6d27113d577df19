package cn.ggzy.server.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.MutableClock;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.InboxChanged;
import cn.ggzy.server.application.Notifications;
import cn.ggzy.server.application.internal.notification.DeadlineScan;
import cn.ggzy.server.application.internal.notification.DeliveryWorker;
import cn.ggzy.server.application.internal.notification.NotificationFanOut;
import cn.ggzy.server.application.internal.notification.OutboxDispatcher;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.notification.AlertLog;
import cn.ggzy.server.domain.model.notification.CaseClocks;
import cn.ggzy.server.domain.model.notification.CaseOutbox;
import cn.ggzy.server.domain.model.notification.DeliveryRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.notification.FilerChannel;
import cn.ggzy.server.domain.model.notification.NotificationRepository;
import cn.ggzy.server.domain.model.notification.PreferenceRepository;
import cn.ggzy.server.domain.model.region.RegionRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.ClusterLeases;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseInbox;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes share one database: each has its own lease holder, scan, dispatcher and
 * delivery worker, and both run their rounds at the same time. 1,000 cases whose completion
 * deadline ends tomorrow give 1,000 alerts; each reaches the officer's device exactly once, and
 * his inbox holds each once. The second test runs the nodes without the lease (as when a lease
 * ran out while its holder still worked): the unique ids alone still keep every alert single.
 */
class TwoNodesTest {
  private static final int CASES = 1000;

  private final MongoDatabase database = TestContainer.get(MongoDatabase.class);
  private final WorkingCalendar calendar = TestContainer.get(WorkingCalendar.class);

  /** One node: its own lease holder and its own instances of the notification work. */
  private final class Node {
    final ClusterLeases leases = new ClusterLeases(new MongoLockProvider(database));
    final String name = "node-" + UUID.randomUUID();
    final DeadlineScan scan;
    final OutboxDispatcher dispatcher;
    final DeliveryWorker worker;

    @SuppressWarnings("unchecked")
    Node(CountingPush push, MutableClock clock) {
      PushChannels channels = new PushChannels(List.of(push));
      Event<InboxChanged> changed = TestContainer.get(BeanManager.class).getEvent().select(InboxChanged.class);
      NotificationFanOut fanOut = new NotificationFanOut(TestContainer.get(AccountRepository.class),
          TestContainer.get(NotificationRepository.class), TestContainer.get(PreferenceRepository.class),
          TestContainer.get(DeviceRepository.class), TestContainer.get(DeliveryRepository.class), channels, changed,
          clock, TestContainer.get(FilerChannel.class));
      RegionRepository regions = TestContainer.get(RegionRepository.class);
      scan = new DeadlineScan(TestContainer.get(CaseClocks.class), TestContainer.get(AlertLog.class), fanOut,
          regions, calendar, clock);
      dispatcher = new OutboxDispatcher(TestContainer.get(CaseOutbox.class), fanOut, regions);
      worker = new DeliveryWorker(TestContainer.get(DeliveryRepository.class), TestContainer.get(DeviceRepository.class),
          regions, channels, clock);
    }

    Callable<Integer> rounds(int n, boolean leased) {
      return () -> {
        int ran = 0;
        for (int i = 0; i < n; i++) {
          Runnable scanRound = scan::scan;
          Runnable dispatchRound = () -> {
            dispatcher.dispatch();
            worker.deliver(name);
          };
          if (leased) {
            ran += leases.runExclusively(NotificationScheduler.SCAN, Duration.ofMinutes(5), scanRound) ? 1 : 0;
            ran += leases.runExclusively(NotificationScheduler.DISPATCH, Duration.ofMinutes(2), dispatchRound) ? 1 : 0;
          } else {
            scanRound.run();
            dispatchRound.run();
            ran += 2;
          }
        }
        return ran;
      };
    }
  }

  /** The thousand cases would crowd other tests' inboxes in the shared test database: they go again. */
  @AfterEach
  void removeTheCases() {
    for (String collection : List.of("cases", CaseInbox.COLLECTION)) {
      database.getCollection(collection).deleteMany(Filters.in("tenantId",
          List.of("421181-fgj", "421181-czj")));
    }
  }

  @Test
  void twoNodesSharingOneDatabaseDeliverEachOfAThousandDueAlertsExactlyOnce() throws Exception {
    runTwoNodes(TenantId.of("421181-fgj"), true);
  }

  @Test
  void withoutTheLeaseTheUniqueIdsAloneStillDeliverEachAlertOnce() throws Exception {
    runTwoNodes(TenantId.of("421181-czj"), false);
  }

  private void runTwoNodes(TenantId department, boolean leased) throws Exception {
    String login = "alert" + UUID.randomUUID().toString().substring(0, 6);
    TestContainer.get(AccountRepository.class).store(department, Account.open(Login.parse(login), department,
        "提醒测试", Set.of(Role.DEPARTMENT_OFFICER), "x", false, Instant.parse("2026-11-01T00:00:00Z")));
    Device phone = Device.register(new DeviceOwner(department, login), DeviceChannel.WEB_PUSH,
        "https://push.invalid/" + login, "p", "a", Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-11-01T00:00:00Z"));
    TestContainer.get(DeviceRepository.class).register(phone);
    Instant due = createCasesAssignedTo(department, login);

    LocalDate lastDay = due.atZone(WorkingCalendar.ZONE).toLocalDate().minusDays(1);
    MutableClock clock = new MutableClock(lastDay.atTime(LocalTime.of(9, 0)).atZone(WorkingCalendar.ZONE).toInstant());
    CountingPush push = new CountingPush();
    Node first = new Node(push, clock);
    Node second = new Node(push, clock);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      runs.add(pool.submit(first.rounds(3, leased)));
      runs.add(pool.submit(second.rounds(3, leased)));
      for (Future<Integer> run : runs) {
        assertTrue(run.get() > 0, "each node ran some rounds");
      }
      // a last round, so that whatever one node stored while the other sent is sent too
      first.rounds(1, leased).call();
    } finally {
      pool.shutdownNow();
    }

    assertEquals(CASES, push.received.size(), "every alert reached the device");
    assertTrue(push.received.values().stream().allMatch(n -> n.get() == 1),
        "none twice: " + push.received.values().stream().filter(n -> n.get() > 1).count() + " doubled");
    assertTrue(push.received.keySet().stream().allMatch(k -> k.contains(":COMPLETION_DUE_IN_1:")));
    var caller = new Caller(Login.parse(login), department,
        Set.of(Role.DEPARTMENT_OFFICER), "提醒测试");
    assertEquals(CASES, TestContainer.get(Notifications.class).unread(caller), "the inbox holds each alert once");
  }

  /** 1,000 accepted cases of the department assigned to the officer, all due on the same day. */
  private Instant createCasesAssignedTo(TenantId department, String login) {
    CaseRepository cases = TestContainer.get(CaseRepository.class);
    Instant at = Instant.parse("2026-11-02T02:00:00Z");
    Actor head = new Actor(department.value() + ".head", "负责人", department, Set.of(Role.DEPARTMENT_HEAD), false);
    Instant due = null;
    for (int i = 0; i < CASES; i++) {
      long seq = cases.nextSequence(department.region(), 2026);
      EnforcementCase c = EnforcementCase.register(cases.nextId(), CaseNumber.of("麻", 2026, seq), department,
          new Registration(CaseSource.ADMINISTRATIVE_INSPECTION, Industry.OTHER, "检查发现" + i, "摘要",
              null, null, null, null), head, at, calendar.settings(department.region()), calendar);
      c.assign(head, at, login, "提醒测试", department);
      cases.store(department, c);
      due = c.deadlines().completionDue();
    }
    return due;
  }
}
