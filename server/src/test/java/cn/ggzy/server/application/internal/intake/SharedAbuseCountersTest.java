package cn.ggzy.server.application.internal.intake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.server.domain.service.IntakeSecrets;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.server.infrastructure.persistence.mongo.intake.MongoAbuseCounters;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing one database (as with a configured MongoDB): a challenge used on one node is
 * refused on the other, except for a retry of the same submission; a client's allowance per minute
 * is one for the whole cluster. With counters that are not shared (the embedded default, one node),
 * each node counts alone.
 */
class SharedAbuseCountersTest {
  private final IntakeSecrets secrets = TestContainer.get(IntakeSecrets.class);
  private final MongoConnection mongo = TestContainer.get(MongoConnection.class);
  private final Clock clock = TestContainer.get(Clock.class);
  private final MongoAbuseCounters shared = new MongoAbuseCounters(mongo, true);

  @Test
  void aChallengeUsedOnOneNodeIsRefusedOnTheOtherButARetryOfTheSameSubmissionPasses() {
    ProofOfWorkChecks nodeA = new ProofOfWorkChecks(secrets, shared);
    ProofOfWorkChecks nodeB = new ProofOfWorkChecks(secrets, shared);
    Instant now = clock.instant();
    Challenge c = nodeA.issue(now, IntakeSettings.defaults().withPow(4));
    String counter = ProofOfWorkChecks.solve(c.challenge(), 4);

    nodeA.verify(c.challenge(), counter, "key-1", now);

    DomainException refused = assertThrows(DomainException.class,
        () -> nodeB.verify(c.challenge(), counter, "key-2", now));
    assertEquals("intake.proof.used", refused.code());
    assertDoesNotThrow(() -> nodeB.verify(c.challenge(), counter, "key-1", now), "a retry of the same submission");
  }

  @Test
  void withoutSharedCountersEachNodeOnlyKnowsItsOwnChallenges() {
    MongoAbuseCounters local = new MongoAbuseCounters(mongo, false);
    ProofOfWorkChecks nodeA = new ProofOfWorkChecks(secrets, local);
    ProofOfWorkChecks nodeB = new ProofOfWorkChecks(secrets, local);
    Instant now = clock.instant();
    Challenge c = nodeA.issue(now, IntakeSettings.defaults().withPow(4));
    String counter = ProofOfWorkChecks.solve(c.challenge(), 4);
    nodeA.verify(c.challenge(), counter, "key-1", now);
    assertThrows(DomainException.class, () -> nodeA.verify(c.challenge(), counter, "key-2", now));
    assertDoesNotThrow(() -> nodeB.verify(c.challenge(), counter, "key-2", now), "one node cannot see the other");
  }

  @Test
  void aClientsAllowanceIsOneForTheWholeCluster() {
    RateLimits nodeA = new RateLimits(shared, clock);
    RateLimits nodeB = new RateLimits(shared, clock);
    Client client = new Client("198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250)),
        "device-" + UUID.randomUUID());

    nodeA.check("submit", client, 3, 100);
    nodeB.check("submit", client, 3, 100);
    nodeA.check("submit", client, 3, 100);

    RateLimitedException refused = assertThrows(RateLimitedException.class,
        () -> nodeB.check("submit", client, 3, 100));
    assertEquals("intake.rate.client", refused.code());
    assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60);
  }

  @Test
  void withoutSharedCountersEachNodeHasItsOwnAllowance() {
    MongoAbuseCounters local = new MongoAbuseCounters(mongo, false);
    RateLimits nodeA = new RateLimits(local, clock);
    RateLimits nodeB = new RateLimits(local, clock);
    Client client = new Client("203.0.113.7", "device-" + UUID.randomUUID());
    nodeA.check("submit", client, 2, 100);
    nodeA.check("submit", client, 2, 100);
    assertThrows(RateLimitedException.class, () -> nodeA.check("submit", client, 2, 100));
    assertDoesNotThrow(() -> nodeB.check("submit", client, 2, 100));
  }
}
