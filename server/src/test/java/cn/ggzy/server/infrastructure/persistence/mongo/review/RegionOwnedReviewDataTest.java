package cn.ggzy.server.infrastructure.persistence.mongo.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ModelText;
import cn.ggzy.server.domain.model.review.ModelTextRepository;
import cn.ggzy.server.domain.model.review.RuleBookRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model texts and rule-book versions belong to a region: another region neither reads nor writes them. */
class RegionOwnedReviewDataTest {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private final ModelTextRepository models = TestContainer.get(ModelTextRepository.class);
  private final RuleBookRepository books = TestContainer.get(RuleBookRepository.class);

  @Test
  void aModelTextIsReadOnlyInItsRegion() {
    RegionCode a = RegionCode.of("431101");
    RegionCode b = RegionCode.of("431102");
    ModelText text = new ModelText(models.nextId(), a, "范本", "范本.docx",
        List.of(new Clause(1, 2, 3, 0, "投标人应具备相应资质。")), "office", AT);
    models.store(a, text);
    assertEquals(text, models.find(a, text.id()).orElseThrow());
    assertTrue(models.find(b, text.id()).isEmpty());
    assertTrue(models.list(b).stream().noneMatch(t -> t.id().equals(text.id())));
    assertEquals(1, models.list(a).stream().filter(t -> t.id().equals(text.id())).findFirst().orElseThrow()
        .clauseCount(), "a list leaves the clauses out but keeps their number");
    assertThrows(NotFoundException.class, () -> models.store(b, text));
  }

  @Test
  void ruleBookVersionsFollowEachOtherPerRegion() {
    RegionCode a = RegionCode.of("431103");
    RegionCode b = RegionCode.of("431104");
    books.save(a, new RuleBookRepository.Version(1, "[a]", "office", AT, "第一版"));
    assertThrows(ConcurrentChangeException.class,
        () -> books.save(a, new RuleBookRepository.Version(1, "[b]", "other", AT, "同时保存")));
    assertTrue(books.latest(b).isEmpty());
    books.save(b, new RuleBookRepository.Version(1, "[c]", "office", AT, "另一地区"));
    assertEquals("[a]", books.latest(a).orElseThrow().text());
    assertEquals(List.of(1), books.history(a).stream().map(RuleBookRepository.Version::version).toList());
  }
}
