package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The imports' JSON form ({@code {"rows":[{...}]}}), read the same way by the REST API and the web
 * UI: the rows of a body, field by field, into the rows of a column list.
 */
public final class JsonRows {
  private JsonRows() {}

  /** The rows of {@code {"rows":[...]}}, values as text in {@code columns} order; a non-object row is null. */
  public static <T> List<T> rows(JsonObject body, List<String> columns, BiFunction<Integer, List<String>, T> row) {
    if (body == null || !(body.get("rows") instanceof JsonArray array)) {
      throw new DomainException("rigging.import.empty", "rows");
    }
    List<T> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      rows.add(array.get(i) instanceof JsonObject object ? row(i + 1, object, columns, row) : null);
    }
    return rows;
  }

  /** One row (line from 1); a field that is not one of {@code columns} is refused. */
  public static <T> T row(int line, JsonObject object, List<String> columns, BiFunction<Integer, List<String>, T> row) {
    for (String key : object.keySet()) {
      if (!columns.contains(key)) {
        throw new DomainException("rigging.import.unknownColumn", key);
      }
    }
    return row.apply(line, columns.stream().map(c -> text(object.get(c))).toList());
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue().toPlainString();
    }
    return value.toString();
  }
}
