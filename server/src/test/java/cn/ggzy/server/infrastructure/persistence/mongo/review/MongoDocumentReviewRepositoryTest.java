package cn.ggzy.server.infrastructure.persistence.mongo.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ClauseReview;
import cn.ggzy.server.domain.model.review.DocumentReview;
import cn.ggzy.server.domain.model.review.DocumentReviewRepository;
import cn.ggzy.server.domain.model.review.Finding;
import cn.ggzy.server.domain.model.review.ProjectFacts;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.server.domain.model.review.ReviewedFile;
import cn.ggzy.server.domain.model.review.ReviewedProject;
import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Document reviews, held to the isolation contract, and kept whole through a store and a read. */
class MongoDocumentReviewRepositoryTest extends TenantIsolationContract<DocumentReview, String> {
  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private final DocumentReviewRepository repository = TestContainer.get(DocumentReviewRepository.class);

  @Override
  protected DocumentReview newAggregate(TenantId tenant) {
    RuleBook book = RuleBook.standard();
    List<Finding> found = new ClauseReview(book).review(new Clause(3, 2, 7, 5, "投标人须在本市设立分公司。"),
        ProjectFacts.none());
    return DocumentReview.start(repository.nextId(), tenant,
        new ReviewedProject("MC-2026-01", "G230 改建工程", "一标段", "麻城市交通运输局", "湖北某招标代理有限公司",
            new BigDecimal("12000000"), null),
        new ReviewedFile("f1", "招标文件.docx", 1234, "ab".repeat(32), 12, 300, 900, 0, "officer", AT),
        List.of(ReviewFinding.of(1, found.get(0), book.rule(found.get(0).ruleId()).orElseThrow())));
  }

  @Override
  protected String idOf(DocumentReview aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, DocumentReview aggregate) {
    repository.store(tenant, aggregate);
  }

  @Override
  protected Optional<DocumentReview> find(TenantId tenant, String id) {
    return repository.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return repository.count(tenant);
  }

  @Override
  protected List<DocumentReview> list(TenantId tenant) {
    return repository.list(tenant, 0, 10_000);
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    DocumentReview owned = repository.find(DEPARTMENT_A, id).or(() -> repository.find(tenant, id)).orElseThrow();
    DocumentReview forged = new DocumentReview(id, tenant, owned.project(), owned.files(), owned.findings(), null,
        owned.version());
    forged.confirm(1, "x", AT);
    try {
      repository.store(tenant, forged);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }

  @Test
  void aReviewIsReadBackAsItWasStored() {
    DocumentReview review = newAggregate(DEPARTMENT_A);
    DocumentReview stored = repository.store(DEPARTMENT_A, review);
    stored.dismiss(1, "项目确需本地服务网点", "head", AT);
    DocumentReview again = repository.store(DEPARTMENT_A, stored);
    ReviewFinding f = again.findings().get(0);
    assertEquals(List.of(2, 7, 5, "投标人须在本市设立分公司。"),
        List.of(f.clause().page(), f.clause().paragraph(), f.clause().offset(), f.clause().text()));
    assertEquals(ReviewFinding.State.DISMISSED, f.state());
    assertEquals("项目确需本地服务网点", f.reason());
    assertEquals(review.findings().get(0).spans(), f.spans());
    assertEquals(review.findings().get(0).basis(), f.basis());
    assertEquals(new BigDecimal("12000000"), again.project().estimate());
    assertEquals(DocumentReview.State.CLEARED, again.state());
    assertEquals(2, again.version());
  }
}
