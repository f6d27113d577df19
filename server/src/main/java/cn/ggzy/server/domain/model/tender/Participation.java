package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.TenantId;

/**
 * The few facts of one bid that the co-bidding network needs (who bid in which section, who won),
 * read without the bid file's trace.
 */
public record Participation(TenantId tenant, String projectCode, String projectName, String sectionCode,
    String sectionName, String bidderCode, String bidderName, boolean winner) {

  /** The section across departments: department, project and section. */
  public String tenderKey() {
    return tenant.value() + "/" + projectCode + "/" + sectionCode;
  }
}
