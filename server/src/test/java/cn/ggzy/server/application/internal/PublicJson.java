package cn.ggzy.server.application.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Renders view records as JSON the way JSON-B does (record components by name, enums and dates as
 * strings), so that a test can assert on exactly what a public response would carry.
 */
public final class PublicJson {
  private PublicJson() {}

  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Collection<?> items) {
      StringJoiner array = new StringJoiner(",", "[", "]");
      items.forEach(item -> array.add(of(item)));
      return array.toString();
    }
    if (value instanceof Record record) {
      StringJoiner object = new StringJoiner(",", "{", "}");
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          object.add("\"" + c.getName() + "\":" + of(c.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return object.toString();
    }
    return "\"" + value.toString().replace("\"", "\\\"") + "\"";
  }
}
