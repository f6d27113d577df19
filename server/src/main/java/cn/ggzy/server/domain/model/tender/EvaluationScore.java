package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One evaluation expert's score of one bidder in a section (评标打分), for the whole bid ({@code item}
 * empty) or one scoring item (e.g. 技术标). Importing the same key again replaces it.
 */
public record EvaluationScore(TenantId tenant, SectionKey section, String expertId, String bidderCode, String item,
    double score, Instant importedAt) {

  public EvaluationScore {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(expertId, "expertId");
    Objects.requireNonNull(bidderCode, "bidderCode");
    item = item == null ? "" : item;
  }

  public String key() {
    return section + "/" + expertId + "/" + bidderCode + "/" + item;
  }
}
