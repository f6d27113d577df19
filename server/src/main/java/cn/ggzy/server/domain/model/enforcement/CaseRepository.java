package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case register. Every finder takes the tenant (or an office scope) first. A case is
 * readable by its owner, by the departments that transferred it away (read-only trace) and by
 * departments invited to consult on it.
 */
public interface CaseRepository {
  CaseId nextId();

  /** The next case number of a region and year; numbers only ever go up, never reused. */
  long nextSequence(RegionCode region, int year);

  /**
   * Claims {@code originReference} (a receipt number, an inspection …) of the region for the case
   * {@code candidate} under a unique key, so that one origin never yields two cases; answers the
   * case id holding it: {@code candidate}, or the one that claimed it first.
   */
  CaseId claimOrigin(RegionCode region, String originReference, CaseId candidate);

  /** A case the tenant may read (own, traced or consulted). */
  Optional<EnforcementCase> find(TenantId reader, CaseId id);

  Optional<EnforcementCase> find(OfficeScope scope, CaseId id);

  /**
   * Stores a new case (version 0) or replaces the stored one if nobody changed it since it was
   * read; otherwise {@code ConcurrentChangeException}. {@code tenant} is the owner before the
   * change (a transfer changes the owner).
   */
  void store(TenantId tenant, EnforcementCase c);

  /** One page of the inbox, sorted and paged in the database. */
  List<CaseSummary> inbox(InboxQuery query);

  long count(InboxQuery query);

  /** Open cases of a region whose deadline could not be computed (calendar missing). */
  List<CaseId> withUnknownDeadline(RegionCode region);

  /** The region's open cases past their due time now, counted by owner (one read of the open cases' lines). */
  Map<TenantId, Long> overdueByOwner(OfficeScope scope, Instant now);

  /** The region's case ids after {@code afterId} in id order (null: from the first), at most {@code limit}. */
  List<CaseId> idsAfter(OfficeScope scope, String afterId, int limit);

  /** The region's cases about any of these projects (by project code), at most {@code limit}. */
  List<CaseId> aboutProjects(OfficeScope scope, Collection<String> projectCodes, int limit);

  /** Cases whose clock ended within the period, for the timeliness figures. */
  List<CaseSummary> finishedBetween(InboxQuery scope, Instant from, Instant to);
}
