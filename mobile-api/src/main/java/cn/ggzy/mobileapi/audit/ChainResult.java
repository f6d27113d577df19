package cn.ggzy.mobileapi.audit;

import cn.ggzy.server.application.AuditVerification.ChainReport;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.tenants.Department;
import java.util.Optional;

/**
 * One department's check as JSON: entries checked, intact or not, and where the chain first
 * breaks ({@code brokenSequence}, {@code breakKind}: CONTENT_CHANGED, LINK_BROKEN, ENTRY_DELETED,
 * SEQUENCE_GAP), with the result in Chinese and English.
 */
public record ChainResult(String tenantId, String departmentNameZh, String departmentNameEn, long entriesChecked,
    boolean intact, Long brokenSequence, String breakKind, String result, String resultEn) {

  static ChainResult of(ChainReport r, TenantDirectory directory) {
    Optional<Department> department = directory.department(r.tenant());
    String code = r.intact() ? "audit.chain.intact" : "audit.break." + r.firstBreak().kind();
    return new ChainResult(r.tenant().value(), department.map(Department::nameZh).orElse(null),
        department.map(Department::nameEn).orElse(null), r.entriesChecked(), r.intact(),
        r.intact() ? null : r.firstBreak().sequence(), r.intact() ? null : r.firstBreak().kind().name(),
        Messages.chinese(code), Messages.english(code));
  }
}
