package cn.ggzy.server.domain.model.tender;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Checks one imported row and turns it into a bid; a bad row is refused with a code and the field. */
public final class BidRows {
  static final int MAX_TEXT = 200;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private BidRows() {}

  public static TenderBid parse(TenantId tenant, BidRow row, Instant importedAt) {
    String project = code(row.projectCode(), "projectCode");
    String section = code(row.sectionCode(), "sectionCode");
    String bidder = text(row.bidderCode(), "bidderCode", true);
    String normalised = bidder.toUpperCase(Locale.ROOT);
    if (!CreditCode.valid(normalised)) {
      throw new DomainException("rigging.import.creditCode", "bidderCode");
    }
    return new TenderBid(tenant, project, text(row.projectName(), "projectName", true), section,
        text(row.sectionName(), "sectionName", false), industry(row.industry()), normalised,
        text(row.bidderName(), "bidderName", true), price(row.price()), time(row.submittedAt()),
        new BidFileTrace(normalised, opt(row.machineCode(), "machineCode"), opt(row.macAddress(), "macAddress"),
            opt(row.cpuSerial(), "cpuSerial"), opt(row.diskSerial(), "diskSerial"),
            opt(row.uploaderIp(), "uploaderIp"), opt(row.caCertificate(), "caCertificate"),
            opt(row.bondAccount(), "bondAccount"), opt(row.authorisedAgent(), "authorisedAgent"),
            opt(row.projectManager(), "projectManager")),
        winner(row.winner()), importedAt);
  }

  private static String code(String value, String field) {
    String v = text(value, field, true);
    if (v.contains("/") || v.contains("|")) {
      throw new DomainException("rigging.import.code", field);
    }
    return v;
  }

  private static String text(String value, String field, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new DomainException("rigging.import.required", field);
      }
      return null;
    }
    String v = value.strip();
    if (v.length() > MAX_TEXT) {
      throw new DomainException("rigging.import.tooLong", field);
    }
    return v;
  }

  private static String opt(String value, String field) {
    return text(value, field, false);
  }

  private static Industry industry(String value) {
    String v = text(value, "industry", true);
    try {
      return Industry.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainException("rigging.import.industry", "industry");
    }
  }

  private static double price(String value) {
    String v = text(value, "price", true).replace(",", "");
    try {
      BigDecimal price = new BigDecimal(v);
      if (price.signum() <= 0 || price.scale() > 2 || price.compareTo(new BigDecimal("1e13")) >= 0) {
        throw new DomainException("rigging.import.price", "price");
      }
      return price.doubleValue();
    } catch (NumberFormatException e) {
      throw new DomainException("rigging.import.price", "price");
    }
  }

  /** ISO instant, ISO offset date-time, or a local date-time in China ("2026-03-01T09:30:00" or with a space). */
  private static Instant time(String value) {
    String v = text(value, "submittedAt", false);
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v.replace(' ', 'T')).atZone(CHINA).toInstant();
      } catch (DateTimeParseException again) {
        throw new DomainException("rigging.import.submittedAt", "submittedAt");
      }
    }
  }

  private static boolean winner(String value) {
    String v = text(value, "winner", false);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "是" -> true;
      case "false", "0", "no", "否" -> false;
      default -> throw new DomainException("rigging.import.winner", "winner");
    };
  }
}
