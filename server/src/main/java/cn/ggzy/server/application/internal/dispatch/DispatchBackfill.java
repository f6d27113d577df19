package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts what a region stored before the dispatch counters existed, once: every case, warning,
 * inspection task and list entry has its facts recorded at its stored version, so a thing the
 * decorators count afterwards (a newer version) replaces them, and one they counted already (the same
 * version) is left alone. Run by the scheduler under a lease; a region is marked when done.
 */
final class DispatchBackfill {
  private static final int PAGE = 200;
  private final DispatchLedger ledger;
  private final CaseRepository cases;
  private final WarningRepository warnings;
  private final InspectionTaskRepository tasks;
  private final BlacklistRepository blacklist;
  private final RedListRepository redlist;
  private final TenantDirectory directory;
  private final OfficeScopes scopes;
  private final Clock clock;

  DispatchBackfill(DispatchLedger ledger, CaseRepository cases, WarningRepository warnings,
      InspectionTaskRepository tasks, BlacklistRepository blacklist, RedListRepository redlist,
      TenantDirectory directory, OfficeScopes scopes, Clock clock) {
    this.ledger = ledger;
    this.cases = cases;
    this.warnings = warnings;
    this.tasks = tasks;
    this.blacklist = blacklist;
    this.redlist = redlist;
    this.directory = directory;
    this.scopes = scopes;
    this.clock = clock;
  }

  /** Backfills every region not marked yet; answers how many things were counted. */
  long run() {
    long total = 0;
    for (Region region : directory.regions()) {
      if (!ledger.backfilled(region.code())) {
        long n = region(region);
        ledger.markBackfilled(region.code(), clock.instant(), n);
        total += n;
      }
    }
    return total;
  }

  private long region(Region region) {
    OfficeScope scope = scopes.forSystem(region.code(), "dispatch.backfill");
    long n = 0;
    for (String after = null; ; ) {
      List<CaseId> ids = cases.idsAfter(scope, after, PAGE);
      for (CaseId id : ids) {
        EnforcementCase c = cases.find(scope, id).orElse(null);
        if (c != null) {
          ledger.record(ThingFacts.counted(c), c.version(), ThingFacts.of(c));
          n++;
        }
      }
      if (ids.size() < PAGE) {
        break;
      }
      after = ids.get(ids.size() - 1).value();
    }
    for (int offset = 0; ; offset += PAGE) {
      List<RiggingWarning> page = warnings.list(scope, new WarningRepository.Filter(null, null, null, offset, PAGE));
      for (RiggingWarning w : page) {
        ledger.record(ThingFacts.counted(w), w.version(), ThingFacts.of(w));
        n++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    for (InspectionTask t : tasks.drawnSince(scope, LocalDate.of(2000, 1, 1))) {
      ledger.record(ThingFacts.counted(t), t.version(), ThingFacts.of(t));
      n++;
    }
    for (int offset = 0; ; offset += PAGE) {
      List<BlacklistEntry> page = blacklist.page(scope, offset, PAGE);
      for (BlacklistEntry e : page) {
        ledger.record(ThingFacts.counted(e), e.data().version(), ThingFacts.of(e));
        n++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    for (Department d : region.departments()) {
      for (int offset = 0; ; offset += PAGE) {
        List<RedListEntry> page = redlist.page(d.id(), RedListStatus.CONFIRMED, offset, PAGE);
        for (RedListEntry e : page) {
          ledger.record(ThingFacts.counted(e), e.version(), ThingFacts.of(e));
          n++;
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    return n;
  }
}
