package cn.ggzy.mobileapi;

import cn.ggzy.server.domain.model.DomainException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the officers' endpoints share once they have resolved the caller ({@link CallerResolver}, first,
 * so that a token that no longer holds is 401 before the request is judged): a part of the request
 * that must be there, a body read up to its limit without reading the rest, and a PDF answered as a
 * file to keep.
 */
public final class Endpoints {
  private Endpoints() {}

  /**
   * A value the request must carry (a body, a key, a query parameter): missing, or blank text, is 400
   * {@code request.invalid} at {@code field}.
   */
  public static <T> T required(T value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new DomainException("request.invalid", field);
    }
    return value;
  }

  /**
   * At most {@code max} bytes of {@code body}; a larger body is refused with {@code code} at {@code
   * field} as soon as the limit is passed, the rest unread.
   */
  public static byte[] capped(InputStream body, int max, String code, String field) throws IOException {
    byte[] bytes = body.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new DomainException(code, field);
    }
    return bytes;
  }

  /**
   * A PDF as a file to keep, never cached: named {@code <name>-<id>.pdf}, the id reduced to letters,
   * digits and dashes.
   */
  public static Response pdf(byte[] pdf, String name, String id) {
    return file(pdf, "application/pdf", name + "-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".pdf");
  }

  /** A file to keep, never cached, under {@code fileName} (ASCII). */
  public static Response file(byte[] bytes, String type, String fileName) {
    return Response.ok(bytes, type).header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }

  /** An ISO date ({@code 2026-03-01}) the request must carry; missing or malformed is 400 {@code code} at {@code field}. */
  public static LocalDate day(String value, String code, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new DomainException(code, field);
    }
  }
}
