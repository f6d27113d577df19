package cn.ggzy.mobileapi.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.tender.BidRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** JSON rows reach the import as text, whatever JSON type the sender used; unknown fields are refused. */
class RiggingImportResourceTest {
  @Test
  void numbersAndFlagsArriveAsTextAndMissingFieldsAsNull() {
    JsonObject json = Json.createObjectBuilder().add("projectCode", "MC-1").add("price", 1234567.8)
        .add("winner", true).addNull("macAddress").build();
    BidRow row = RiggingImportResource.row(7, json);
    assertEquals(7, row.line());
    assertEquals("MC-1", row.projectCode());
    assertEquals("1234567.8", row.price());
    assertEquals("true", row.winner());
    assertNull(row.macAddress());
    assertNull(row.bidderCode());
  }

  @Test
  void anUnknownFieldIsRefusedRatherThanIgnored() {
    JsonObject json = Json.createObjectBuilder().add("projectCode", "MC-1").add("bidPrice", 5).build();
    DomainException e = assertThrows(DomainException.class, () -> RiggingImportResource.row(1, json));
    assertEquals("rigging.import.unknownColumn", e.code());
    assertEquals("bidPrice", e.field());
  }
}
