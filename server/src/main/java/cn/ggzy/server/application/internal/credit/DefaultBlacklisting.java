package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Blacklisting;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.tenants.OfficeScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class DefaultBlacklisting implements Blacklisting {
  private BlacklistRepository blacklist;
  private CreditRecordRepository records;
  private SubjectRepository subjects;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultBlacklisting() {}

  @Inject
  public DefaultBlacklisting(BlacklistRepository blacklist, CreditRecordRepository records,
      SubjectRepository subjects, OfficeScopes scopes, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.blacklist = blacklist;
    this.records = records;
    this.subjects = subjects;
    this.scopes = scopes;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public EntryView list(Caller caller, NewEntry input) {
    CreditAccess.decider(caller, "credit.blacklist.list");
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    CreditRecord record = records.find(caller.tenant(), new RecordId(input.recordId() == null ? "" : input.recordId()))
        .orElseThrow(() -> new NotFoundException("recordId"));
    record.checkListable();
    CreditSubject subject = subjects.find(caller.tenant().region(), record.subjectId())
        .orElseThrow(() -> new NotFoundException("subjectId"));
    Instant at = clock.instant();
    BlacklistEntry entry = BlacklistEntry.list(new EntryId(record.id().value()), record, subject, input.listClass(),
        input.reason(), input.legalBasis(), input.measures(), input.start(), input.end(), caller.login().value(), at);
    blacklist.store(caller.tenant(), entry);
    audit.record(caller.tenant(), at, caller.login().value(), "credit.blacklist.LIST", entry.id().value(), null, null,
        "class=" + input.listClass() + ";start=" + input.start() + ";end=" + input.end());
    return find(caller, entry.id().value());
  }

  @Override
  public EntryView find(Caller caller, String entryId) {
    CreditAccess.officer(caller);
    return new CreditViewMapper(directory, clock.instant()).entry(blacklist.find(caller.tenant(),
        new EntryId(entryId == null ? "" : entryId.strip())).orElseThrow(() -> new NotFoundException("entryId")));
  }

  @Override
  public Page<EntryView> history(Caller caller, boolean regionWide, int offset, int limit) {
    CreditAccess.officer(caller);
    int size = CreditAccess.limit(limit);
    int from = Math.max(0, offset);
    List<BlacklistEntry> page;
    long total;
    if (regionWide) {
      OfficeScope scope = scopes.open(caller, "credit.blacklist");
      page = blacklist.page(scope, from, size);
      total = blacklist.count(scope);
    } else {
      page = blacklist.page(caller.tenant(), from, size);
      total = blacklist.count(caller.tenant());
    }
    CreditViewMapper mapper = new CreditViewMapper(directory, clock.instant());
    return new Page<>(page.stream().map(mapper::entry).toList(), total, from, size);
  }
}
