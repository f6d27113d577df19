package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.server.domain.model.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/** Reads the JSON of a holiday notice (holiday-cn format), naming the field at fault. */
final class HolidayNoticeJson {
  /** Far above a real notice (about 5 KB); keeps a wrong upload from filling memory. */
  static final int MAX_BYTES = 256 * 1024;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private HolidayNoticeJson() {}

  static HolidayNotice read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new DomainException("calendar.upload.empty", "file");
    }
    if (content.length > MAX_BYTES) {
      throw new DomainException("calendar.upload.tooLarge", "file");
    }
    JsonObject root = object(utf8(content));
    int year = year(root.get("year"));
    List<String> papers = papers(root.get("papers"));
    JsonValue daysValue = root.get("days");
    if (!(daysValue instanceof JsonArray array)) {
      throw new DomainException("calendar.upload.days.invalid", "days");
    }
    List<HolidayNotice.Day> days = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      days.add(day(array.get(i), "days[" + i + "]"));
    }
    return new HolidayNotice(year, papers, days);
  }

  private static String utf8(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DomainException("calendar.upload.json", "file");
    }
  }

  private static JsonObject object(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (parser.hasNext() && parser.next() == JsonParser.Event.START_OBJECT) {
        JsonObject object = parser.getObject();
        if (!parser.hasNext()) {
          return object;
        }
      }
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      // not JSON, or not one object alone
    }
    throw new DomainException("calendar.upload.json", "file");
  }

  private static int year(JsonValue value) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        // far out of range
      }
    }
    throw new DomainException("calendar.upload.year.invalid", "year");
  }

  private static List<String> papers(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new DomainException("calendar.upload.papers.invalid", "papers");
    }
    List<String> papers = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString paper)) {
        throw new DomainException("calendar.upload.paper.invalid", "papers[" + i + "]");
      }
      papers.add(paper.getString().trim());
    }
    return papers;
  }

  private static HolidayNotice.Day day(JsonValue value, String field) {
    if (!(value instanceof JsonObject day)) {
      throw new DomainException("calendar.upload.day.invalid", field);
    }
    if (!(day.get("name") instanceof JsonString name)) {
      throw new DomainException("calendar.upload.day.name.invalid", field + ".name");
    }
    LocalDate date = date(day.get("date"), field + ".date");
    JsonValue offDay = day.get("isOffDay");
    if (offDay == null || (offDay.getValueType() != ValueType.TRUE && offDay.getValueType() != ValueType.FALSE)) {
      throw new DomainException("calendar.upload.day.isOffDay.invalid", field + ".isOffDay");
    }
    return new HolidayNotice.Day(name.getString().trim(), date, offDay.getValueType() == ValueType.TRUE);
  }

  private static LocalDate date(JsonValue value, String field) {
    if (value instanceof JsonString text && ISO_DATE.matcher(text.getString()).matches()) {
      try {
        return LocalDate.parse(text.getString());
      } catch (DateTimeParseException e) {
        // e.g. 2026-02-30
      }
    }
    throw new DomainException("calendar.upload.day.date.invalid", field);
  }
}
