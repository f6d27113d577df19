package cn.ggzy.server.application.internal.audit;

import cn.ggzy.server.application.AuditVerification;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.audit.ChainCheck;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

@ApplicationScoped
public class DefaultAuditVerification implements AuditVerification {
  private static final Logger LOG = Logger.getLogger(DefaultAuditVerification.class.getName());
  static final int BATCH = 500;
  static final String PURPOSE = "audit chain verification";

  private AuditLog audit;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private Clock clock;
  private int batch;

  protected DefaultAuditVerification() {}

  @Inject
  public DefaultAuditVerification(AuditLog audit, TenantDirectory directory, OfficeScopes scopes, Clock clock) {
    this(audit, directory, scopes, clock, BATCH);
  }

  DefaultAuditVerification(AuditLog audit, TenantDirectory directory, OfficeScopes scopes, Clock clock, int batch) {
    this.audit = audit;
    this.directory = directory;
    this.scopes = scopes;
    this.clock = clock;
    this.batch = batch;
  }

  @Override
  public ChainReport verify(Caller caller, TenantId tenant) {
    requireVerifier(caller);
    boolean reachable = directory.department(tenant).isPresent()
        && (caller.isSystemAdmin() || caller.tenant().equals(tenant)
            || inOffice(caller) && scopes.open(caller, PURPOSE).covers(tenant));
    if (!reachable) {
      throw new NotFoundException("tenant");
    }
    return recorded(caller, "tenant:" + tenant, List.of(check(tenant))).get(0);
  }

  @Override
  public List<ChainReport> verify(Caller caller) {
    requireVerifier(caller);
    if (!caller.isSystemAdmin() && !inOffice(caller)) {
      return recorded(caller, "tenant:" + caller.tenant(), List.of(check(caller.tenant())));
    }
    var region = inOffice(caller) ? scopes.open(caller, PURPOSE).region() : caller.tenant().region();
    List<TenantId> tenants = directory.region(region).map(Region::departments).orElse(List.of()).stream()
        .map(Department::id).toList();
    return recorded(caller, "region:" + region, tenants.stream().map(this::check).toList());
  }

  /** Reads the chain in batches in sequence order, stopping at the first break. */
  private ChainReport check(TenantId tenant) {
    ChainCheck check = new ChainCheck();
    long after = 0;
    while (true) {
      List<AuditEntry> entries = audit.chain(tenant, after, batch);
      for (AuditEntry entry : entries) {
        if (!check.next(entry)) {
          LOG.warning(() -> "The audit chain of " + tenant + " is broken: " + check.firstBreak().orElseThrow());
          return new ChainReport(tenant, check.checked(), check.firstBreak().orElseThrow());
        }
      }
      if (entries.size() < batch) {
        return new ChainReport(tenant, check.checked(), null);
      }
      after = entries.get(entries.size() - 1).sequence();
    }
  }

  private List<ChainReport> recorded(Caller caller, String target, List<ChainReport> reports) {
    String broken = reports.stream().filter(r -> !r.intact())
        .map(r -> r.tenant() + "#" + r.firstBreak().sequence() + " " + r.firstBreak().kind())
        .collect(Collectors.joining(", "));
    String after = "tenants=" + reports.size() + "; entries=" + reports.stream().mapToLong(ChainReport::entriesChecked).sum()
        + "; broken=" + (broken.isEmpty() ? "none" : broken);
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "audit.chain.verified", target, null,
        null, after.length() <= AuditEntry.MAX_STATE_LENGTH ? after : after.substring(0, AuditEntry.MAX_STATE_LENGTH));
    return reports;
  }

  private boolean inOffice(Caller caller) {
    return (caller.has(Role.OFFICE_LEADER) || caller.has(Role.OFFICE_OFFICER) || caller.isSystemAdmin())
        && directory.department(caller.tenant()).map(Department::isOffice).orElse(false);
  }

  static boolean mayVerify(Caller caller) {
    return caller.may(Permission.VERIFY_AUDIT);
  }

  private static void requireVerifier(Caller caller) {
    if (!mayVerify(caller)) {
      throw new AccessDeniedException("audit.verify");
    }
  }
}
