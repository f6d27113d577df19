package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Black-list entries. Officers' finders take the tenant (or an office scope) and see the whole
 * history; the public finders take the region and {@code today} and return only what is published
 * that day (period contains today, not removed).
 */
public interface BlacklistRepository {
  Optional<BlacklistEntry> find(TenantId tenant, EntryId id);

  /**
   * Stores new (version 0) or compare-and-set. An entry has its record's id, so a record is listed at
   * most once ({@code credit.blacklist.recordListed}).
   */
  void store(TenantId tenant, BlacklistEntry entry);

  /** The tenant's history, newest start first. */
  List<BlacklistEntry> page(TenantId tenant, int offset, int limit);

  long count(TenantId tenant);

  List<BlacklistEntry> page(OfficeScope scope, int offset, int limit);

  long count(OfficeScope scope);

  /** Published on {@code query.today()}, newest start first. */
  List<BlacklistEntry> published(PublicQuery query);

  long countPublished(PublicQuery query);

  /** The subjects with an entry published on {@code today} whose name or code contains {@code text}. */
  Set<SubjectId> publishedSubjects(RegionCode region, LocalDate today, String text);

  /** One published entry (for the public credit-repair application). */
  Optional<BlacklistEntry> findPublished(RegionCode region, EntryId id, LocalDate today);

  List<BlacklistEntry> publishedFor(RegionCode region, SubjectId subject, LocalDate today);
}
