package cn.ggzy.webui.tenders;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.JsonRows;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.tender.BidRow;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An uploaded file of bids, imported the way the REST import does: JSON ({@code {"rows":[...]}},
 * by the name's ending {@code .json} or a first character {@code '{'}) or else CSV with a header.
 */
final class BidFile {
  private BidFile() {}

  static ImportReport importInto(TenderImports imports, Caller caller, String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean json = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json"))
        || text.stripLeading().startsWith("{");
    if (!json) {
      return imports.importCsv(caller, text);
    }
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      body = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new DomainException("rigging.import.empty", "rows");
    }
    return imports.importRows(caller, JsonRows.rows(body, BidRow.COLUMNS, BidRow::of));
  }
}
