package cn.ggzy.server.application.internal.audit;

import cn.ggzy.server.application.AuditTrail;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.audit.AuditEntry;
import cn.ggzy.server.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class DefaultAuditTrail implements AuditTrail {
  /** The most entries one page may ask for. */
  static final int MAX_PAGE = 500;

  private AuditLog audit;

  protected DefaultAuditTrail() {}

  @Inject
  public DefaultAuditTrail(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public List<AuditEntryView> entries(Caller caller, int offset, int limit) {
    requireReader(caller);
    return audit.page(caller.tenant(), Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE))).stream()
        .map(DefaultAuditTrail::view).toList();
  }

  @Override
  public long count(Caller caller) {
    requireReader(caller);
    return audit.count(caller.tenant());
  }

  private static void requireReader(Caller caller) {
    if (!DefaultAuditVerification.mayVerify(caller)) {
      throw new AccessDeniedException("audit.read");
    }
  }

  private static AuditEntryView view(AuditEntry e) {
    return new AuditEntryView(e.sequence(), e.at(), e.actor(), e.action(), e.target(), e.reason(), e.before(),
        e.after());
  }
}
