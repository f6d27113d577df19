package cn.ggzy.server.domain.model.rigging;

import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * What the city's officers found about one tender section of a department: rigged or clean, from
 * which disposition ({@code reference}: the warning id or case number), why, by whom and when. One
 * label per section: a later disposition replaces an earlier one. The region's labels teach its model.
 */
public record TenderLabel(TenantId department, SectionKey section, boolean rigged, LabelSource source,
    String reference, String reason, String by, Instant at) {

  public TenderLabel {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
  }

  /** The key of the tender in a region's market: department and section. */
  public String tenderKey() {
    return keyOf(department, section);
  }

  public static String keyOf(TenantId department, SectionKey section) {
    return department.value() + "|" + section;
  }
}
