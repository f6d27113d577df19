package cn.ggzy.server.application.internal.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertSigns;
import cn.ggzy.server.application.internal.TestOfficers;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.expert.ExpertSign;
import cn.ggzy.server.domain.model.expert.ScoreSignsFixture;
import cn.ggzy.server.domain.model.tender.EvaluationScore;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Signs read from the stored scores: the department's own tenders, the office's region; others refused. */
class ExpertSignsTest {
  private static final AtomicInteger N = new AtomicInteger();
  private final ExpertSigns signs = TestContainer.get(ExpertSigns.class);
  private final EvaluationScoreRepository scores = TestContainer.get(EvaluationScoreRepository.class);

  @Test
  void aDepartmentHeadSeesTheSignsOfTheOwnTendersAndTheOfficeThoseOfTheRegion() {
    TenantId jtj = TenantId.of("421181-jtj");
    String marker = "SIGN" + N.incrementAndGet() + System.identityHashCode(this);
    for (EvaluationScore s : ScoreSignsFixture.market(41, jtj)) {
      scores.store(jtj, new EvaluationScore(jtj, new SectionKey(marker,
          s.section().sectionCode()), marker + s.expertId(), marker + s.bidderCode(), s.item(), s.score(),
          s.importedAt()));
    }
    Caller head = TestOfficers.signedIn(jtj, "signs-head-" + marker.toLowerCase(), "负责人", Role.DEPARTMENT_HEAD);
    List<ExpertSign> own = signs.signs(head).stream().filter(s -> s.expertId().startsWith(marker)).toList();
    assertTrue(own.stream().anyMatch(s -> s.kind() == ExpertSign.SignKind.FAVOUR && s.expertId().equals(marker + "X")
        && s.subject().equals(marker + "B01")), own.toString());
    Caller zjjHead = TestOfficers.signedIn(TenantId.of("421181-zjj"), "signs-zjj-" + marker.toLowerCase(), "负责人",
        Role.DEPARTMENT_HEAD);
    assertEquals(List.of(), signs.signs(zjjHead).stream().filter(s -> s.expertId().startsWith(marker)).toList(),
        "another department's tenders are not read");
    Caller office = TestOfficers.signedIn(TenantId.of("421181-jgb"), "signs-office-" + marker.toLowerCase(), "监管办",
        Role.OFFICE_OFFICER);
    assertEquals(own.size(), signs.signs(office).stream().filter(s -> s.expertId().startsWith(marker)).count());
    Caller officer = TestOfficers.signedIn(jtj, "signs-officer-" + marker.toLowerCase(), "执法", Role.DEPARTMENT_OFFICER);
    assertThrows(AccessDeniedException.class, () -> signs.signs(officer));
  }
}
