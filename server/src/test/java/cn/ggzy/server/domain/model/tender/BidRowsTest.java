package cn.ggzy.server.domain.model.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BidRowsTest {
  private static final TenantId ZJJ = TenantId.of("421181-zjj");
  private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");

  static List<String> values(String code) {
    return new ArrayList<>(List.of("MC-2026-01", "麻城市某道路工程", "BD1", "一标段", "housing_construction", code,
        "湖北某建设有限公司", "1,234,567.80", "2026-03-01 09:30:00", "MC-PC-01", "00-1A-2B-3C-4D-5E", "CPU1",
        "DISK1", "10.0.0.8", "CA-001", "6222 0000 1111", "张三", "李四", "true"));
  }

  private static BidRow row(List<String> values) {
    return BidRow.of(1, values);
  }

  @Test
  void aCompleteRowBecomesABidWithItsTrace() {
    String code = CreditFixtures.code(77);
    TenderBid bid = BidRows.parse(ZJJ, row(values(code.toLowerCase())), AT);
    assertEquals(code, bid.bidderCode(), "credit codes are kept in capitals");
    assertEquals(Industry.HOUSING_CONSTRUCTION, bid.industry());
    assertEquals(1_234_567.80, bid.price());
    assertEquals(Instant.parse("2026-03-01T01:30:00Z"), bid.submittedAt(), "local time in China");
    assertEquals("00-1A-2B-3C-4D-5E", bid.trace().macAddress());
    assertTrue(bid.winner());
    assertEquals("MC-2026-01/BD1/" + code, bid.key());
  }

  @Test
  void optionalTraceValuesMayBeMissing() {
    List<String> v = values(CreditFixtures.code(78));
    for (int i = 8; i < v.size(); i++) {
      v.set(i, "");
    }
    TenderBid bid = BidRows.parse(ZJJ, row(v), AT);
    assertNull(bid.trace().machineCode());
    assertNull(bid.submittedAt());
    assertEquals(false, bid.winner());
  }

  @Test
  void eachBadValueIsRefusedWithItsCodeAndField() {
    assertRefused(0, "", "rigging.import.required", "projectCode");
    assertRefused(2, "A/B", "rigging.import.code", "sectionCode");
    assertRefused(4, "MINING", "rigging.import.industry", "industry");
    String valid = CreditFixtures.code(80);
    String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
    assertRefused(5, wrongCheck, "rigging.import.creditCode", "bidderCode");
    assertRefused(5, "91421181-0000", "rigging.import.creditCode", "bidderCode");
    assertRefused(6, " ", "rigging.import.required", "bidderName");
    assertRefused(7, "-5", "rigging.import.price", "price");
    assertRefused(7, "0", "rigging.import.price", "price");
    assertRefused(7, "12.345", "rigging.import.price", "price");
    assertRefused(7, "abc", "rigging.import.price", "price");
    assertRefused(8, "yesterday", "rigging.import.submittedAt", "submittedAt");
    assertRefused(18, "maybe", "rigging.import.winner", "winner");
    assertRefused(1, "名".repeat(201), "rigging.import.tooLong", "projectName");
  }

  private static void assertRefused(int column, String value, String code, String field) {
    List<String> v = values(CreditFixtures.code(79));
    v.set(column, value);
    DomainException e = assertThrows(DomainException.class, () -> BidRows.parse(ZJJ, row(v), AT));
    assertEquals(code, e.code(), value);
    assertEquals(field, e.field());
  }
}
