package cn.ggzy.server.application.internal.review;

import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.domain.model.review.RuleBookRepository;
import cn.ggzy.tenants.RegionCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rule book in force in a region (its latest saved version, else the shipped one), parsed once per version. */
final class RuleBooks {
  /** A book with its version (0 = as shipped). */
  record InForce(int version, RuleBook book) {}

  private final RuleBookRepository repository;
  private final Map<String, RuleBook> parsed = new ConcurrentHashMap<>();

  RuleBooks(RuleBookRepository repository) {
    this.repository = repository;
  }

  InForce of(RegionCode region) {
    return repository.latest(region)
        .map(v -> new InForce(v.version(), parsed.computeIfAbsent(region.value() + ":" + v.version(),
            k -> RuleBook.parse(v.text()))))
        .orElseGet(() -> new InForce(0, RuleBook.standard()));
  }
}
