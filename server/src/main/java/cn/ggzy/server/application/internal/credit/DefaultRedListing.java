package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RedListView;
import cn.ggzy.server.application.RedListing;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditException;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

@ApplicationScoped
public class DefaultRedListing implements RedListing {
  private RedListRepository redlist;
  private CreditRecordRepository records;
  private CreditSettingsRepository settings;
  private RedListProposer proposer;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultRedListing() {}

  @Inject
  public DefaultRedListing(RedListRepository redlist, CreditRecordRepository records, CreditSettingsRepository settings,
      RedListProposer proposer, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.redlist = redlist;
    this.records = records;
    this.settings = settings;
    this.proposer = proposer;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public int evaluate(Caller caller) {
    CreditAccess.office(caller, directory, "credit.redlist");
    RegionCode region = caller.tenant().region();
    int proposed = 0;
    for (SubjectId subject : records.withPositiveRecords(region)) {
      if (proposer.evaluate(region, subject)) {
        proposed++;
      }
    }
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "credit.redlist.EVALUATE",
        "region:" + region, null, null, "proposed=" + proposed);
    return proposed;
  }

  @Override
  public Page<RedListView> entries(Caller caller, RedListStatus status, int offset, int limit) {
    CreditAccess.office(caller, directory, "credit.redlist");
    int size = CreditAccess.limit(limit);
    int from = Math.max(0, offset);
    CreditViewMapper mapper = new CreditViewMapper(directory, clock.instant());
    return new Page<>(redlist.page(caller.tenant(), status, from, size).stream().map(mapper::red).toList(),
        redlist.count(caller.tenant(), status), from, size);
  }

  @Override
  public RedListView confirm(Caller caller, String entryId, long version) {
    int months = settings.settings(caller.tenant().region()).criteria().validityMonths();
    return change(caller, entryId, version, "credit.redlist.CONFIRM", null,
        e -> e.confirm(caller.login().value(), clock.instant(), CreditAccess.today(clock), months));
  }

  @Override
  public RedListView reject(Caller caller, String entryId, long version, String reason) {
    return change(caller, entryId, version, "credit.redlist.REJECT", reason,
        e -> e.reject(caller.login().value(), clock.instant(), reason));
  }

  private RedListView change(Caller caller, String entryId, long version, String action, String reason,
      Consumer<RedListEntry> change) {
    CreditAccess.office(caller, directory, "credit.redlist");
    EntryId id = new EntryId(entryId == null ? "" : entryId.strip());
    RedListEntry entry = redlist.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("entryId"));
    if (entry.version() != version) {
      throw new ConcurrentChangeException("entry");
    }
    String before = "status=" + entry.listStatus();
    change.accept(entry);
    redlist.store(caller.tenant(), entry);
    Instant at = clock.instant();
    audit.record(caller.tenant(), at, caller.login().value(), action, entry.id().value(), reason, before,
        "status=" + entry.listStatus());
    return new CreditViewMapper(directory, at).red(redlist.find(caller.tenant(), id).orElseThrow());
  }

  @Override
  public CreditSettings settings(Caller caller) {
    CreditAccess.officer(caller);
    return settings.settings(caller.tenant().region());
  }

  @Override
  public CreditSettings updateSettings(Caller caller, CreditSettings changed) {
    if (!caller.has(Role.OFFICE_LEADER)) {
      throw new AccessDeniedException("credit.settings");
    }
    CreditAccess.office(caller, directory, "credit.settings");
    if (changed == null) {
      throw new CreditException("credit.settings.invalid", null);
    }
    RegionCode region = caller.tenant().region();
    CreditSettings before = settings.settings(region);
    settings.store(region, changed);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "credit.settings.UPDATE", "region:" + region,
        null, before.toString().substring(0, Math.min(400, before.toString().length())),
        changed.toString().substring(0, Math.min(400, changed.toString().length())));
    return settings.settings(region);
  }
}
