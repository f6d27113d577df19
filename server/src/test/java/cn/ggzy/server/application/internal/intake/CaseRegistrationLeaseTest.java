package cn.ggzy.server.application.internal.intake;

import static cn.ggzy.server.application.internal.intake.IntakeFixtures.anonymousReport;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.client;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.key;
import static cn.ggzy.server.application.internal.intake.IntakeFixtures.proof;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.intake.CaseRegistrationJob;
import cn.ggzy.server.infrastructure.persistence.mongo.ClusterLeases;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;

/**
 * Cases of stored submissions are registered by one node at a time: while another node holds the
 * registration lease, this one registers nothing and the submission stays waiting (and counted on
 * the gauge); once the lease is free, the case is registered and the gauges show it.
 */
class CaseRegistrationLeaseTest {
  private final DefaultPublicIntake intake = IntakeFixtures.intake();
  private final CaseRegistrationJob job = TestContainer.get(CaseRegistrationJob.class);
  private final SubmissionRepository submissions = TestContainer.get(SubmissionRepository.class);

  @Test
  void whileAnotherNodeHoldsTheLeaseNothingIsRegisteredHere() {
    ClusterLeases otherNode = new ClusterLeases(new MongoLockProvider(TestContainer.get(MongoDatabase.class)));
    long registeredBefore = job.casesRegistered();
    boolean[] checked = new boolean[1];

    assertTrue(otherNode.runExclusively(CaseRegistrationJob.LEASE, Duration.ofMinutes(1), () -> {
      Client client = client();
      Receipt r = intake.fileReport(client, anonymousReport(key(), proof(intake, client), List.of()));
      // from another thread: a lease holder's own thread may re-enter its lease
      assertFalse(CompletableFuture.supplyAsync(job::runOnce).join(), "the other node holds the lease");
      assertNull(submissions.find(r.receiptNumber()).orElseThrow().caseId(), "not registered here");
      assertTrue(job.casesWaiting() >= 1);
      checked[0] = true;
    }));
    assertTrue(checked[0]);

    while (job.runOnce()) {
      // a round per batch until none is waiting
    }
    assertEquals(0, job.casesWaiting());
    assertTrue(job.casesRegistered() > registeredBefore);
    assertTrue(submissions.waitingCount() == 0);
  }

  @Test
  void everyStoredSubmissionGetsItsCase() {
    Client client = client();
    Receipt r = intake.fileReport(client, anonymousReport(key(), proof(intake, client), List.of()));
    while (job.runOnce()) {
      // drain
    }
    assertNotNull(submissions.find(r.receiptNumber()).orElseThrow().caseId());
  }

  @Test
  void aLongBatchStopsAfterItsCurrentCaseOnceFilersArrive() {
    Client client = client();
    for (int i = 0; i < 3; i++) {
      intake.fileReport(client, anonymousReport(key(), proof(intake, client), List.of()));
    }
    long waiting = job.casesWaiting();
    int[] asked = new int[1];
    assertEquals(2, intake.registerWaitingCases(500, () -> ++asked[0] > 1), "stops when told, after two cases");
    assertEquals(waiting - 2, job.casesWaiting());
    assertTrue(intake.registerWaitingCases(500, () -> false) >= 1);
    assertEquals(0, job.casesWaiting());
  }
}
