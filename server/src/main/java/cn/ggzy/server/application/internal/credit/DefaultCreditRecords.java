package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.tenants.OfficeScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class DefaultCreditRecords implements CreditRecords {
  private CreditRecordRepository records;
  private SubjectRepository subjects;
  private RedListProposer proposer;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultCreditRecords() {}

  @Inject
  public DefaultCreditRecords(CreditRecordRepository records, SubjectRepository subjects, RedListProposer proposer,
      OfficeScopes scopes, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.records = records;
    this.subjects = subjects;
    this.proposer = proposer;
    this.scopes = scopes;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public RecordView enter(Caller caller, NewRecord input) {
    CreditAccess.officer(caller);
    if (input == null) {
      throw new DomainException("request.invalid", null);
    }
    SubjectIdentity identity = SubjectIdentity.of(input.subjectKind(), input.subjectName(), input.creditCode(),
        input.residentId());
    Instant at = clock.instant();
    CreditRecord record = CreditRecord.entered(records.nextId(), caller.tenant(), identity, input.kind(), input.summary(),
        input.legalBasis(), input.internalNote(), input.decidedOn(), CreditAccess.day(at), caller.login().value(), at);
    record.identify(subjects.register(caller.tenant().region(), identity));
    records.store(caller.tenant(), record);
    audit.record(caller.tenant(), at, caller.login().value(), "credit.record.ENTER", record.id().value(), null, null,
        state(record));
    return view(caller, record.id());
  }

  @Override
  public RecordView approve(Caller caller, String recordId, long version) {
    CreditAccess.decider(caller, "credit.record.approve");
    return change(caller, recordId, version, "credit.record.APPROVE", null,
        r -> r.approve(caller.login().value(), clock.instant()));
  }

  @Override
  public RecordView reject(Caller caller, String recordId, long version, String reason) {
    CreditAccess.decider(caller, "credit.record.approve");
    return change(caller, recordId, version, "credit.record.REJECT", reason,
        r -> r.reject(caller.login().value(), clock.instant(), reason));
  }

  @Override
  public RecordView identify(Caller caller, String recordId, long version, SubjectKind kind, String name,
      String creditCode, String residentId) {
    CreditAccess.officer(caller);
    SubjectIdentity identity = SubjectIdentity.of(kind, name, creditCode, residentId);
    return change(caller, recordId, version, "credit.record.IDENTIFY", null,
        r -> r.identify(subjects.register(caller.tenant().region(), identity)));
  }

  private RecordView change(Caller caller, String recordId, long version, String action, String reason,
      Consumer<CreditRecord> change) {
    CreditRecord record = load(caller, recordId);
    if (record.version() != version) {
      throw new ConcurrentChangeException("record");
    }
    String before = state(record);
    boolean wasInForce = record.inForce() && record.subjectId() != null;
    change.accept(record);
    records.store(caller.tenant(), record);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), action, record.id().value(), reason,
        before, state(record));
    if (record.inForce() && record.subjectId() != null && !wasInForce) {
      proposer.recordInForce(record);
    }
    return view(caller, record.id());
  }

  @Override
  public RecordView find(Caller caller, String recordId) {
    CreditAccess.officer(caller);
    return mapper().record(load(caller, recordId), caller);
  }

  @Override
  public Page<RecordView> records(Caller caller, RecordStatus status, boolean regionWide, int offset, int limit) {
    CreditAccess.officer(caller);
    int size = CreditAccess.limit(limit);
    int from = Math.max(0, offset);
    List<CreditRecord> page;
    long total;
    if (regionWide) {
      OfficeScope scope = scopes.open(caller, "credit.records");
      page = records.page(scope, status, from, size);
      total = records.count(scope, status);
    } else {
      page = records.page(caller.tenant(), status, from, size);
      total = records.count(caller.tenant(), status);
    }
    CreditViewMapper mapper = mapper();
    return new Page<>(page.stream().map(r -> mapper.record(r, caller)).toList(), total, from, size);
  }

  private CreditRecord load(Caller caller, String recordId) {
    return records.find(caller.tenant(), new RecordId(recordId == null ? "" : recordId.strip()))
        .orElseThrow(() -> new NotFoundException("recordId"));
  }

  private RecordView view(Caller caller, RecordId id) {
    return mapper().record(records.find(caller.tenant(), id).orElseThrow(), caller);
  }

  private CreditViewMapper mapper() {
    return new CreditViewMapper(directory, clock.instant());
  }

  /** The audited state: no names, no ID numbers. */
  static String state(CreditRecord r) {
    return "status=" + r.status() + ";kind=" + r.kind() + ";subject=" + (r.subjectId() == null ? "" : r.subjectId().value());
  }
}
