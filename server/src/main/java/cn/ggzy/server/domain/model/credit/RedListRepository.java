package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Red-list entries, kept by the region's supervision office. Officers' finders take the tenant;
 * public finders take the region and {@code today} and see only confirmed entries published that day.
 */
public interface RedListRepository {
  EntryId nextId();

  Optional<RedListEntry> find(TenantId tenant, EntryId id);

  void store(TenantId tenant, RedListEntry entry);

  /** The tenant's entries, newest proposal first; {@code status} null for all. */
  List<RedListEntry> page(TenantId tenant, RedListStatus status, int offset, int limit);

  long count(TenantId tenant, RedListStatus status);

  /** The tenant's proposed or confirmed entries about one subject. */
  List<RedListEntry> openFor(TenantId tenant, SubjectId subject);

  List<RedListEntry> published(PublicQuery query);

  long countPublished(PublicQuery query);

  Set<SubjectId> publishedSubjects(RegionCode region, LocalDate today, String text);

  List<RedListEntry> publishedFor(RegionCode region, SubjectId subject, LocalDate today);
}
