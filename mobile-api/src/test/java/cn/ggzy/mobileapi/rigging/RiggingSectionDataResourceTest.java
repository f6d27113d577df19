package cn.ggzy.mobileapi.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.application.JsonRows;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.tender.DocumentRow;
import cn.ggzy.server.domain.model.tender.ScoreRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Document, template and score rows reach the import as text with their line; unknown fields are refused. */
class RiggingSectionDataResourceTest {

  @Test
  void documentRowsKeepLongMultiLineTextAndTheirLine() {
    String text = "第一章 概述\n\"技术标\"正文。".repeat(1000);
    JsonObject body = Json.createObjectBuilder().add("rows", Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("projectCode", "MC-1").add("sectionCode", "BD1")
            .add("bidderCode", "91421181000000001X").add("text", text))
        .add("not a row")).build();
    List<DocumentRow> rows = JsonRows.rows(body, DocumentRow.COLUMNS, DocumentRow::of);
    assertEquals(2, rows.size());
    assertEquals(1, rows.get(0).line());
    assertEquals(text, rows.get(0).text());
    assertEquals("91421181000000001X", rows.get(0).bidderCode());
    assertNull(rows.get(1), "a non-object row is reported by the import, not dropped");
  }

  @Test
  void aTemplateRowHasNoBidderAndRefusesOne() {
    JsonObject ok = Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("projectCode", "MC-1").add("sectionCode", "BD1").add("text", "招标文件"))).build();
    DocumentRow row = JsonRows.rows(ok, DocumentRow.TEMPLATE_COLUMNS, DocumentRow::template).get(0);
    assertNull(row.bidderCode());
    assertEquals("招标文件", row.text());
    JsonObject withBidder = Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add(
        Json.createObjectBuilder().add("projectCode", "MC-1").add("bidderCode", "X"))).build();
    DomainException e = assertThrows(DomainException.class, () -> JsonRows.rows(withBidder,
        DocumentRow.TEMPLATE_COLUMNS, DocumentRow::template));
    assertEquals("rigging.import.unknownColumn", e.code());
    assertEquals("bidderCode", e.field());
  }

  @Test
  void scoresAsNumbersArriveAsTextAndAMissingBodyIsRefused() {
    JsonObject body = Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("projectCode", "MC-1").add("sectionCode", "BD1").add("expertId", "E1")
        .add("bidderCode", "91421181000000001X").add("score", 88.5).add("item", "技术标"))).build();
    ScoreRow row = JsonRows.rows(body, ScoreRow.COLUMNS, ScoreRow::of).get(0);
    assertEquals("88.5", row.score());
    assertEquals("技术标", row.item());
    assertEquals("rigging.import.empty", assertThrows(DomainException.class,
        () -> JsonRows.rows(Json.createObjectBuilder().build(), ScoreRow.COLUMNS, ScoreRow::of))
        .code());
  }
}
