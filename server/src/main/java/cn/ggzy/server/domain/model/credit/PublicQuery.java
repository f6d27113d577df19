package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;

/**
 * A question about what a region publishes on {@code today}: optional text (part of the name or
 * the credit code), subject kind, black-list class and deciding department; one page.
 */
public record PublicQuery(RegionCode region, LocalDate today, String text, SubjectKind kind, ListClass listClass,
    TenantId department, int offset, int limit) {
  public static final int MAX_LIMIT = 100;

  public PublicQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > 100) {
      throw new CreditException("credit.text.tooLong", "q");
    }
    offset = Math.max(0, offset);
    limit = limit <= 0 ? 20 : Math.min(limit, MAX_LIMIT);
  }
}
