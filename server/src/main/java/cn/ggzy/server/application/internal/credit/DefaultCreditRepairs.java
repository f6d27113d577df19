package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.PublicCreditViews.RepairReceipt;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.RepairId;
import cn.ggzy.server.domain.model.credit.RepairRepository;
import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

@ApplicationScoped
public class DefaultCreditRepairs implements CreditRepairs {
  private RepairRepository repairs;
  private BlacklistRepository blacklist;
  private WorkingCalendar calendar;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultCreditRepairs() {}

  @Inject
  public DefaultCreditRepairs(RepairRepository repairs, BlacklistRepository blacklist, WorkingCalendar calendar,
      TenantDirectory directory, AuditLog audit, Clock clock) {
    this.repairs = repairs;
    this.blacklist = blacklist;
    this.calendar = calendar;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public RepairReceipt apply(String regionCode, String entryId, RepairRequest request) {
    RegionCode region = CreditAccess.region(regionCode, directory);
    if (request == null) {
      throw new DomainException("request.invalid", null);
    }
    Instant at = clock.instant();
    LocalDate today = CreditAccess.day(at);
    BlacklistEntry entry = blacklist.findPublished(region, new EntryId(entryId == null ? "" : entryId.strip()), today)
        .orElseThrow(() -> new NotFoundException("entryId"));
    Deadline due = calendar.deadline(region, at, RepairApplication.DECISION_WORKING_DAYS);
    RepairApplication application = RepairApplication.submit(repairs.nextId(), entry, request, at, today, due);
    repairs.store(entry.tenantId(), application);
    audit.record(entry.tenantId(), at, "public", "credit.repair.SUBMIT", application.id().value(), entry.id().value(),
        null, state(application));
    return new RepairReceipt(application.id().value(), at, due.lastWorkingDay(), due.due().toInstant(),
        due.provisional());
  }

  @Override
  public Page<RepairView> applications(Caller caller, boolean openOnly, int offset, int limit) {
    CreditAccess.officer(caller);
    int size = CreditAccess.limit(limit);
    int from = Math.max(0, offset);
    CreditViewMapper mapper = mapper();
    return new Page<>(repairs.page(caller.tenant(), openOnly, from, size).stream()
        .map(a -> mapper.repair(a, caller)).toList(), repairs.count(caller.tenant(), openOnly), from, size);
  }

  @Override
  public RepairView find(Caller caller, String repairId) {
    CreditAccess.officer(caller);
    return mapper().repair(load(caller, repairId), caller);
  }

  @Override
  public RepairView extend(Caller caller, String repairId, long version, String reason) {
    CreditAccess.decider(caller, "credit.repair.extend");
    return change(caller, repairId, version, "credit.repair.EXTEND", reason, a -> {
      var region = caller.tenant().region();
      LocalDate from = a.due().lastWorkingDay();
      LocalDate last = calendar.nthWorkingDayAfter(region, from, RepairApplication.EXTENSION_WORKING_DAYS);
      Integer provisional = a.due().provisional() ? a.due().provisionalYear()
          : calendar.provisionalYear(region, from, last);
      a.extend(caller.login().value(), clock.instant(), reason,
          new Deadline(last, WorkingCalendar.endOf(last), provisional));
    });
  }

  @Override
  public RepairView decide(Caller caller, String repairId, long version, boolean approve, String text) {
    CreditAccess.decider(caller, "credit.repair.decide");
    RepairView decided = change(caller, repairId, version, approve ? "credit.repair.APPROVE" : "credit.repair.REFUSE",
        null, a -> a.decide(approve, caller.login().value(), clock.instant(), text));
    if (approve) {
      removeEntry(caller, new EntryId(decided.entryId()), new RepairId(decided.id()));
    }
    return find(caller, repairId);
  }

  /** The approved repair takes the entry off the public list from today (retried if the entry changed meanwhile). */
  private void removeEntry(Caller caller, EntryId entryId, RepairId repair) {
    Instant at = clock.instant();
    for (int attempt = 0; ; attempt++) {
      BlacklistEntry entry = blacklist.find(caller.tenant(), entryId).orElseThrow(() -> new NotFoundException("entryId"));
      String before = "status=" + entry.status(CreditAccess.day(at));
      entry.repaired(CreditAccess.day(at), repair);
      try {
        blacklist.store(caller.tenant(), entry);
        audit.record(caller.tenant(), at, caller.login().value(), "credit.blacklist.REPAIRED", entryId.value(),
            repair.value(), before, "status=" + entry.status(CreditAccess.day(at)));
        return;
      } catch (ConcurrentChangeException e) {
        if (attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private RepairView change(Caller caller, String repairId, long version, String action, String reason,
      Consumer<RepairApplication> change) {
    RepairApplication application = load(caller, repairId);
    if (application.version() != version) {
      throw new ConcurrentChangeException("repair");
    }
    String before = state(application);
    change.accept(application);
    repairs.store(caller.tenant(), application);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), action, application.id().value(), reason,
        before, state(application));
    return mapper().repair(load(caller, repairId), caller);
  }

  private RepairApplication load(Caller caller, String repairId) {
    return repairs.find(caller.tenant(), new RepairId(repairId == null ? "" : repairId.strip()))
        .orElseThrow(() -> new NotFoundException("repairId"));
  }

  private CreditViewMapper mapper() {
    return new CreditViewMapper(directory, clock.instant());
  }

  private static String state(RepairApplication a) {
    return "status=" + a.status() + ";due=" + a.due().lastWorkingDay() + ";extended=" + a.data().extended();
  }
}
