package cn.ggzy.server.domain.model.tender;

import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One bidder's bid in one section of a tender, as imported from the e-tendering system. Its natural
 * key is the section and the bidder's credit code: importing it again replaces it.
 */
public record TenderBid(
    TenantId tenant,
    String projectCode,
    String projectName,
    String sectionCode,
    String sectionName,
    Industry industry,
    String bidderCode,
    String bidderName,
    double price,
    Instant submittedAt,
    BidFileTrace trace,
    boolean winner,
    Instant importedAt) {

  public TenderBid {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(projectCode, "projectCode");
    Objects.requireNonNull(sectionCode, "sectionCode");
    Objects.requireNonNull(bidderCode, "bidderCode");
    Objects.requireNonNull(trace, "trace");
  }

  public SectionKey section() {
    return new SectionKey(projectCode, sectionCode);
  }

  /** The natural key within the tenant: section and bidder. */
  public String key() {
    return projectCode + "/" + sectionCode + "/" + bidderCode;
  }
}
