package cn.ggzy.server.domain.model.review;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** The document reviews of a department; the office reads every department's of its region. */
public interface DocumentReviewRepository {

  String nextId();

  Optional<DocumentReview> find(TenantId tenant, String id);

  Optional<DocumentReview> find(OfficeScope scope, String id);

  /** Stores the review (compare-and-set on its version); returns it as stored. */
  DocumentReview store(TenantId tenant, DocumentReview review);

  /** Newest first. */
  List<DocumentReview> list(TenantId tenant, int offset, int limit);

  List<DocumentReview> list(OfficeScope scope, int offset, int limit);

  long count(TenantId tenant);

  long count(OfficeScope scope);
}
