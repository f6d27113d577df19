package cn.ggzy.server.domain.model.tender;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Locale;

/** Checks one imported document row; a bad row is refused with a code and the field. */
public final class SectionTexts {
  /** The longest text accepted (characters): about 300 pages of Chinese. */
  public static final int MAX_CHARS = 500_000;
  /** The shortest bid text compared: a shorter one cannot show abnormal consistency. */
  public static final int MIN_CHARS = 20;

  private SectionTexts() {}

  public static SectionText parse(TenantId tenant, DocumentRow row, boolean template, Instant importedAt) {
    SectionKey section = new SectionKey(code(row.projectCode(), "projectCode"), code(row.sectionCode(), "sectionCode"));
    String bidder = null;
    if (!template) {
      if (row.bidderCode() == null || row.bidderCode().isBlank()) {
        throw new DomainException("rigging.import.required", "bidderCode");
      }
      bidder = row.bidderCode().strip().toUpperCase(Locale.ROOT);
      if (!CreditCode.valid(bidder)) {
        throw new DomainException("rigging.import.creditCode", "bidderCode");
      }
    }
    String text = row.text() == null ? "" : row.text().replace("\r\n", "\n").replace('\u001f', ' ')
        .replace('\u001e', ' ').strip();
    if (text.isEmpty()) {
      throw new DomainException("rigging.import.required", "text");
    }
    if (text.length() > MAX_CHARS) {
      throw new DomainException("rigging.import.textTooLong", "text");
    }
    if (!template && text.length() < MIN_CHARS) {
      throw new DomainException("rigging.import.textTooShort", "text");
    }
    return new SectionText(tenant, section, bidder, text, importedAt);
  }

  static String code(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new DomainException("rigging.import.required", field);
    }
    String v = value.strip();
    if (v.contains("/") || v.contains("|")) {
      throw new DomainException("rigging.import.code", field);
    }
    if (v.length() > BidRows.MAX_TEXT) {
      throw new DomainException("rigging.import.tooLong", field);
    }
    return v;
  }
}
