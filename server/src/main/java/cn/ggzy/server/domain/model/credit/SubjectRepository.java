package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The credit subjects of each region (region-owned: every department of the region records on the
 * same subject, "one violation limits you everywhere"). Every method takes the region first.
 */
public interface SubjectRepository {
  /** The subject with this identity's key in the region, created on first use (safe when racing). */
  CreditSubject register(RegionCode region, SubjectIdentity identity);

  Optional<CreditSubject> find(RegionCode region, SubjectId id);

  Optional<CreditSubject> findByKey(RegionCode region, String key);

  /** The subjects among {@code ids}, sorted by name, one page (paged in the database). */
  List<CreditSubject> page(RegionCode region, Collection<SubjectId> ids, int offset, int limit);

  /** Every subject of the region, sorted by name, one page (for the data exchange). */
  List<CreditSubject> page(RegionCode region, int offset, int limit);

  long count(RegionCode region);
}
