package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.audit.ChainBreak;
import cn.ggzy.tenants.TenantId;
import java.util.List;

/**
 * Checks that the audit trail's history is untouched: each department's hash chain is read in
 * sequence order and every entry's hash and link recomputed. Office leaders and officers of the
 * supervision office check every department of their region, a department head the own
 * department, a system administrator any. Every run is itself audited.
 */
public interface AuditVerification {
  /** The chain of one department. */
  ChainReport verify(Caller caller, TenantId tenant);

  /**
   * Every chain within the caller's reach: all departments of the caller's region for the office
   * and system administrators, the own department for a department head.
   */
  List<ChainReport> verify(Caller caller);

  /** The result for one department: how many entries were checked, and the first break if any. */
  record ChainReport(TenantId tenant, long entriesChecked, ChainBreak firstBreak) {
    public boolean intact() {
      return firstBreak == null;
    }
  }
}
