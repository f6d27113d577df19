package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Reads draw documents and draw results back from their published JSON. */
final class DrawDocumentJson {
  private DrawDocumentJson() {}

  static DrawDocument read(String json) {
    try {
      JsonObject root = object(json);
      if (!DrawDocument.FORMAT.equals(root.getString("format"))) {
        throw invalid("format");
      }
      JsonObject p = root.getJsonObject("plan");
      JsonObject selection = p.getJsonObject("selection");
      DrawDocument.Plan plan = new DrawDocument.Plan(p.getString("id"), p.getString("region"), p.getString("owner"),
          p.getString("title"), date(p.getString("committedOn")), date(p.getString("periodFrom")),
          date(p.getString("periodTo")), strings(p.getJsonArray("departments")),
          strings(p.getJsonArray("objectKinds")),
          new Selection(Selection.Mode.valueOf(selection.getString("mode")), selection.getInt("value")),
          p.getInt("complaintWeight"), p.getInt("lowCreditWeight"), p.getInt("teamSize"),
          p.getBoolean("jointTeams"), p.getInt("recusalMonths"));
      return new DrawDocument(plan,
          list(root.getJsonArray("objects"), o -> new ObjectEntry(o.getString("id"), o.getString("kind"),
              o.getString("name"), o.getString("department"), o.getString("supervisingUnit"),
              o.getJsonNumber("weight").longValueExact())),
          list(root.getJsonArray("inspectors"), i -> new InspectorEntry(i.getString("id"), i.getString("name"),
              i.getString("department"), date(i.getString("validUntil")))),
          list(root.getJsonArray("conflicts"), c -> new Pair(c.getString("inspector"), c.getString("object"))),
          list(root.getJsonArray("history"), v -> new Visit(v.getString("inspector"), v.getString("object"),
              date(v.getString("date")))));
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
        | IllegalArgumentException | DateTimeParseException e) {
      if (e instanceof InspectionException known) {
        throw known;
      }
      throw invalid("document");
    }
  }

  static DrawResult readResult(String json) {
    try {
      return new DrawResult(list(object(json).getJsonArray("teams"), t -> new DrawResult.Team(t.getString("object"),
          strings(t.getJsonArray("inspectors")))));
    } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
      throw new InspectionException("inspection.verify.result.invalid", "result");
    }
  }

  private static JsonObject object(String json) {
    if (json == null || json.isBlank()) {
      throw invalid("document");
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw invalid("document");
    }
  }

  private static InspectionException invalid(String field) {
    return new InspectionException("inspection.verify.document.invalid", field);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream().map(v -> ((JsonString) v).getString()).toList();
  }

  private static <T> List<T> list(JsonArray array, Function<JsonObject, T> item) {
    return array.getValuesAs(JsonObject.class).stream().map(item).toList();
  }
}
