package cn.ggzy.server.domain.model.credit;

import static cn.ggzy.server.domain.model.credit.CreditFixtures.TENCENT;
import static cn.ggzy.server.domain.model.credit.CreditFixtures.ZJJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every point of a score is explained by a line, and the lines add up to the total. */
class CreditScoringTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
  private final CreditSubject subject = CreditFixtures.enterprise("腾讯", TENCENT);

  @Test
  void eachRecordContributesItsPointsTimesTheDecayAndTheLinesAddUp() {
    CreditRecord fresh = CreditFixtures.penalty(ZJJ, subject, TODAY);
    CreditRecord halfLifeAgo = CreditFixtures.rated(ZJJ, subject, RecordKind.GOOD_PERFORMANCE, TODAY.minusYears(2));
    CreditRecord older = CreditFixtures.rated(ZJJ, subject, RecordKind.POOR_PERFORMANCE, TODAY.minusMonths(6));
    CreditScore score = CreditScoring.score(subject.id(), ScoreWeights.DEFAULT, List.of(fresh, halfLifeAgo, older),
        TODAY);

    assertEquals(3, score.lines().size());
    ScoreLine first = score.lines().get(0);
    assertEquals(RecordKind.PENALTY, first.kind());
    assertEquals(new BigDecimal("1.000"), first.factor());
    assertEquals(new BigDecimal("-20.0"), first.contribution());
    ScoreLine rating = score.lines().get(2);
    assertEquals(RecordKind.GOOD_PERFORMANCE, rating.kind());
    assertEquals(730, rating.ageDays());
    // 730 days of a 730.5-day half-life: 0.5^(730/730.5) = 0.50024 → 0.500; 5 × 0.500 = 2.5
    assertEquals(new BigDecimal("0.500"), rating.factor());
    assertEquals(new BigDecimal("2.5"), rating.contribution());
    ScoreLine poor = score.lines().get(1);
    // 182 days: 0.5^(182/730.5) = 0.8415 → 0.841; −5 × 0.841 = −4.205 → −4.2
    assertEquals(new BigDecimal("0.841"), poor.factor());
    assertEquals(new BigDecimal("-4.2"), poor.contribution());

    BigDecimal sum = BigDecimal.valueOf(score.base());
    for (ScoreLine line : score.lines()) {
      assertEquals(line.factor().multiply(BigDecimal.valueOf(line.points())).setScale(1, RoundingMode.HALF_UP),
          line.contribution(), "points × factor = contribution");
      sum = sum.add(line.contribution());
    }
    assertEquals(0, sum.add(score.adjustment()).compareTo(score.total()), "base + lines + adjustment = total");
    assertEquals(new BigDecimal("58.3"), score.total());
  }

  @Test
  void recordsBeyondTheHorizonAndRecordsNotInForceCountNothing() {
    CreditRecord ancient = CreditFixtures.penalty(ZJJ, subject, TODAY.minusYears(6));
    CreditRecord pending = CreditRecord.entered(new RecordId(CreditFixtures.hex()), ZJJ, subject.identity(),
        RecordKind.POOR_PERFORMANCE, "差评", "办法第八条", null, TODAY, TODAY, "clerk", Instant.EPOCH);
    CreditScore score = CreditScoring.score(subject.id(), ScoreWeights.DEFAULT, List.of(ancient, pending), TODAY);
    assertEquals(1, score.lines().size(), "the pending record is no part of the score");
    assertTrue(score.lines().get(0).beyondHorizon());
    assertEquals(new BigDecimal("0.0"), score.lines().get(0).contribution());
    assertEquals(new BigDecimal("80.0"), score.total());
  }

  @Test
  void theTotalStaysWithinZeroAndHundredAndTheCapIsShown() {
    ScoreWeights generous = new ScoreWeights(95, -20, -10, -5, 10, 24, 60);
    CreditScore score = CreditScoring.score(subject.id(), generous, List.of(
        CreditFixtures.rated(ZJJ, subject, RecordKind.GOOD_PERFORMANCE, TODAY),
        CreditFixtures.rated(ZJJ, subject, RecordKind.GOOD_PERFORMANCE, TODAY)), TODAY);
    assertEquals(new BigDecimal("100.0"), score.total());
    assertEquals(0, score.adjustment().compareTo(new BigDecimal("-15.0")), "115 capped at 100");
  }

  @Test
  void theRedListNeedsACleanWindowEnoughGoodRatingsAndTheScore() {
    CreditRecord good1 = CreditFixtures.rated(ZJJ, subject, RecordKind.GOOD_PERFORMANCE, TODAY.minusMonths(1));
    CreditRecord good2 = CreditFixtures.rated(ZJJ, subject, RecordKind.GOOD_PERFORMANCE, TODAY.minusMonths(2));
    RedListCriteria criteria = new RedListCriteria(3, 2, 85, 12);
    var eligible = CreditScoring.redList(CreditScoring.score(subject.id(), ScoreWeights.DEFAULT,
        List.of(good1, good2), TODAY), criteria);
    assertTrue(eligible.isPresent());
    assertEquals(2, eligible.get().positiveRecords());

    var onlyOne = CreditScoring.redList(CreditScoring.score(subject.id(), ScoreWeights.DEFAULT, List.of(good1), TODAY),
        criteria);
    assertTrue(onlyOne.isEmpty(), "one good rating is not enough");

    CreditRecord penaltyInWindow = CreditFixtures.penalty(ZJJ, subject, TODAY.minusYears(3).plusDays(1));
    ScoreWeights lenient = new ScoreWeights(100, -1, -1, -1, 5, 24, 60);
    assertTrue(CreditScoring.redList(CreditScoring.score(subject.id(), lenient, List.of(good1, good2, penaltyInWindow),
        TODAY), criteria).isEmpty(), "a penalty within 3 years keeps it off, whatever the score");
    CreditRecord penaltyBefore = CreditFixtures.penalty(ZJJ, subject, TODAY.minusYears(3).minusDays(1));
    assertTrue(CreditScoring.redList(CreditScoring.score(subject.id(), lenient, List.of(good1, good2, penaltyBefore),
        TODAY), criteria).isPresent(), "a penalty more than 3 years ago does not");
  }
}
