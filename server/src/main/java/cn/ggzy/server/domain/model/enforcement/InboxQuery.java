package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which cases an inbox lists: the cases of one tenant ({@code tenant}, optionally only those
 * assigned to {@code assignee}) or, with an office scope, every department of the region.
 * Filters narrow it; it is always sorted by due date, soonest first, cases without a running
 * clock last.
 */
public record InboxQuery(TenantId tenant, OfficeScope scope, String assignee, Set<CaseStatus> statuses,
    CaseSource source, TenantId department, boolean overdueOnly, Instant now, String numberContains,
    int offset, int limit) {
  public InboxQuery {
    if ((tenant == null) == (scope == null)) {
      throw new IllegalArgumentException("exactly one of tenant and scope");
    }
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (overdueOnly) {
      Objects.requireNonNull(now, "now");
    }
    if (offset < 0 || limit < 1 || limit > 200) {
      throw new CaseException("case.inbox.page.invalid", "limit");
    }
  }

  public static InboxQuery mine(TenantId tenant, String login, int offset, int limit) {
    return new InboxQuery(tenant, null, login, Set.of(), null, null, false, null, null, offset, limit);
  }

  public static InboxQuery department(TenantId tenant, int offset, int limit) {
    return new InboxQuery(tenant, null, null, Set.of(), null, null, false, null, null, offset, limit);
  }

  public static InboxQuery office(OfficeScope scope, int offset, int limit) {
    return new InboxQuery(null, scope, null, Set.of(), null, null, false, null, null, offset, limit);
  }
}
