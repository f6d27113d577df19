package cn.ggzy.server.application.internal.warning;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.rigging.RiggingAccess;
import cn.ggzy.server.application.internal.rigging.RiggingLearning;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class DefaultRiggingWarnings implements RiggingWarnings {
  static final int MAX_LIMIT = 200;
  static final int MAX_QUEUE = 100;
  /** Open warnings read to build the review queue (highest score first). */
  static final int QUEUE_READ = 5_000;
  /** While a region model is in use, one place in this many of the queue goes to an uncertain warning. */
  static final int UNCERTAIN_EVERY = 20;
  private WarningRepository warnings;
  private OfficeScopes scopes;
  private TenantDirectory directory;
  private CaseRegister cases;
  private AuditLog audit;
  private Clock clock;
  private RiggingLearning learning;

  protected DefaultRiggingWarnings() {}

  @Inject
  public DefaultRiggingWarnings(WarningRepository warnings, OfficeScopes scopes, TenantDirectory directory,
      CaseRegister cases, AuditLog audit, Clock clock, RiggingLearning learning) {
    this.learning = learning;
    this.warnings = warnings;
    this.scopes = scopes;
    this.directory = directory;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Page list(Caller caller, Query query) {
    RiggingAccess.reviewer(caller, "rigging.warning.list");
    Query q = query == null ? new Query(null, null, null, 0, 20) : query;
    int offset = Math.max(0, q.offset());
    int limit = q.limit() <= 0 ? 20 : Math.min(q.limit(), MAX_LIMIT);
    if (q.minimumScore() != null && (q.minimumScore() < 0 || q.minimumScore() > 100)) {
      throw new DomainException("rigging.warning.minimumScore", "minimumScore");
    }
    WarningViews views = new WarningViews(directory);
    if (RiggingAccess.office(caller, directory)) {
      TenantId department = department(q.department(), caller);
      OfficeScope scope = scopes.open(caller, "rigging.warning.list");
      WarningRepository.Filter filter = new WarningRepository.Filter(q.status(), q.minimumScore(), department,
          offset, limit);
      return new Page(warnings.list(scope, filter).stream().map(views::summary).toList(),
          warnings.count(scope, filter), offset, limit);
    }
    WarningRepository.Filter filter = new WarningRepository.Filter(q.status(), q.minimumScore(), null, offset,
        limit);
    return new Page(warnings.list(caller.tenant(), filter).stream().map(views::summary).toList(),
        warnings.count(caller.tenant(), filter), offset, limit);
  }

  @Override
  public List<QueueItem> reviewQueue(Caller caller, int size) {
    RiggingAccess.reviewer(caller, "rigging.warning.queue");
    int n = Math.max(1, Math.min(size, MAX_QUEUE));
    WarningRepository.Filter open = new WarningRepository.Filter(WarningStatus.OPEN, null, null, 0, QUEUE_READ);
    List<RiggingWarning> candidates = RiggingAccess.office(caller, directory)
        ? warnings.list(scopes.open(caller, "rigging.warning.queue"), open) : warnings.list(caller.tenant(), open);
    boolean learning = this.learning.inUse(caller.tenant().region());
    List<RiggingWarning> uncertain = learning ? candidates.stream()
        .sorted(Comparator.comparingDouble((RiggingWarning w) -> Math.abs(w.data().finding().probability() - 0.5))
            .thenComparing(RiggingWarning::id)).toList() : List.of();
    WarningViews views = new WarningViews(directory);
    List<QueueItem> queue = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Iterator<RiggingWarning> byScore = candidates.iterator();
    Iterator<RiggingWarning> byDoubt = uncertain.iterator();
    while (queue.size() < n) {
      boolean doubtSlot = learning && queue.size() % UNCERTAIN_EVERY == UNCERTAIN_EVERY - 1;
      Iterator<RiggingWarning> source = doubtSlot ? byDoubt : byScore;
      RiggingWarning next = null;
      while (source.hasNext() && next == null) {
        RiggingWarning w = source.next();
        next = taken.add(w.id()) ? w : null;
      }
      if (next == null && doubtSlot) {
        doubtSlot = false;
        while (byScore.hasNext() && next == null) {
          RiggingWarning w = byScore.next();
          next = taken.add(w.id()) ? w : null;
        }
      }
      if (next == null) {
        break;
      }
      queue.add(new QueueItem(views.summary(next), doubtSlot ? "UNCERTAIN" : "HIGHEST_SCORE",
          next.data().finding().probability()));
    }
    return queue;
  }

  @Override
  public Detail find(Caller caller, String id) {
    RiggingAccess.reviewer(caller, "rigging.warning.find");
    return new WarningViews(directory).detail(load(caller, id, "rigging.warning.find"));
  }

  @Override
  public Detail dismiss(Caller caller, String id, String reason) {
    RiggingAccess.reviewer(caller, "rigging.warning.dismiss");
    RiggingWarning warning = load(caller, id, "rigging.warning.dismiss");
    Instant at = clock.instant();
    warning.dismiss(reason, caller.login().value(), at);
    warnings.store(warning.tenantId(), warning);
    audit.record(warning.tenantId(), at, caller.login().value(), "rigging.warning.DISMISS", warning.id(),
        warning.data().reason());
    learning.dismissed(warning, caller.login().value(), at);
    return find(caller, warning.id());
  }

  @Override
  public Detail openCase(Caller caller, String id) {
    RiggingAccess.reviewer(caller, "rigging.warning.openCase");
    RiggingWarning warning = load(caller, id, "rigging.warning.openCase");
    warning.requireOpen();
    RiggingWarning.Finding f = warning.data().finding();
    CaseViews.Detail opened = cases.register(caller, new CaseRegister.NewCase(CaseSource.SMART_WARNING,
        f.industry(), WarningTexts.title(f), WarningTexts.summary(warning), f.section().projectCode(),
        f.projectName(), WarningTexts.respondent(f), "warning:" + warning.id(), false));
    Instant at = clock.instant();
    warning.caseOpened(opened.id(), opened.number(), caller.login().value(), at);
    warnings.store(warning.tenantId(), warning);
    audit.record(warning.tenantId(), at, caller.login().value(), "rigging.warning.OPEN_CASE", warning.id(),
        opened.number());
    return find(caller, warning.id());
  }

  /** The caller's own department's warning, or for the office any department's of its region. */
  private RiggingWarning load(Caller caller, String id, String purpose) {
    String key = id == null ? "" : id.strip();
    if (RiggingAccess.office(caller, directory)) {
      OfficeScope scope = scopes.open(caller, purpose);
      return warnings.find(scope, key).orElseThrow(() -> new NotFoundException("warningId"));
    }
    return warnings.find(caller.tenant(), key).orElseThrow(() -> new NotFoundException("warningId"));
  }

  private TenantId department(String code, Caller caller) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String value = code.contains("-") ? code.strip() : caller.tenant().region().value() + "-" + code.strip();
    try {
      TenantId tenant = TenantId.of(value);
      if (!tenant.region().equals(caller.tenant().region())
          || directory.department(tenant).map(Department::id).isEmpty()) {
        throw new NotFoundException("department");
      }
      return tenant;
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("department");
    }
  }

}
