package cn.ggzy.server.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  @Test
  void idAndMobileNumbersAreSpotted() {
    assertTrue(PersonalData.appearsIn("complainant=421181199003071239"));
    assertTrue(PersonalData.appearsIn("phone=13812345678; status=RECEIVED"));
  }

  @Test
  void statesIdsAndCodesPass() {
    assertFalse(PersonalData.appearsIn("status=ACCEPTED; due=2026-03-20"));
    assertFalse(PersonalData.appearsIn("421181199003071230"), "wrong check character: not an ID number");
    assertFalse(PersonalData.appearsIn("creditCode=91421181MA49ABCD1X"));
    assertFalse(PersonalData.appearsIn("at=1767225600000; case=65f0a1b2c3d4e5f601234567"));
    assertFalse(PersonalData.appearsIn(null));
    assertFalse(PersonalData.appearsIn("subject=6a13812345678bc9d0e1f2a3"),
        "eleven digits inside an object id's hex are not a phone number");
  }

  @Test
  void anEntryRefusesPersonalDataInItsStates() {
    assertThrows(IllegalArgumentException.class, () -> new AuditEntry("x", TenantId.of("421181-zjj"),
        Instant.EPOCH, "li.si", "case.updated", "case:1", null, null, "contact=13812345678"));
  }
}
