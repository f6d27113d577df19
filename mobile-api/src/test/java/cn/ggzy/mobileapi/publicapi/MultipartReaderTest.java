package cn.ggzy.mobileapi.publicapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Multipart bodies as browsers and apps send them, read in small and odd-sized pieces. */
class MultipartReaderTest {
  private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

  private static byte[] body(byte[] file, String disposition) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("preamble\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"uploadId\"\r\n\r\n"
        + "abc-123-def-456-ghi\r\n--" + BOUNDARY + "\r\nContent-Disposition: " + disposition
        + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Hands out at most 7 bytes per read, like a slow network. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  @Test
  void aChineseFileNameAndTheExactBytesComeThrough() throws IOException {
    byte[] file = new byte[200_000];
    new Random(3).nextBytes(file);
    // bytes that look like the start of a delimiter inside the content
    byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(tricky, 0, file, 1000, tricky.length);
    MultipartReader reader = new MultipartReader(trickle(body(file,
        "form-data; name=\"file\"; filename=\"现场照片.jpg\"")), MultipartReader.boundary(
        "multipart/form-data; boundary=" + BOUNDARY));
    MultipartReader.Part id = reader.next();
    assertEquals("uploadId", id.name());
    assertEquals("abc-123-def-456-ghi", id.text());
    MultipartReader.Part part = reader.next();
    assertEquals("file", part.name());
    assertEquals("现场照片.jpg", part.fileName());
    assertEquals("image/jpeg", part.contentType());
    assertArrayEquals(file, part.content().readAllBytes());
    assertNull(reader.next());
  }

  @Test
  void veryLongNamesAreReadWithoutExhaustingTheStack() throws IOException {
    // each overflowed the stack with the plain alternation (about 3,000 characters and more)
    String field = "f".repeat(7_000);
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body(new byte[10],
        "form-data; name=\"" + field + "\"; filename=\"a.jpg\"")), BOUNDARY);
    reader.next();
    assertEquals(field, reader.next().name());
    String fileName = "证据-" + "x".repeat(7_000) + "\\\"引号\\\".jpg";
    reader = new MultipartReader(new ByteArrayInputStream(body(new byte[10],
        "form-data; name=\"file\"; filename=\"" + fileName + "\"")), BOUNDARY);
    reader.next();
    assertEquals("证据-" + "x".repeat(7_000) + "\"引号\".jpg", reader.next().fileName());
    // past 8 KB a header line is refused as such (the resource answers intake.upload.header.tooLong)
    MultipartReader huge = new MultipartReader(new ByteArrayInputStream(body(new byte[10],
        "form-data; name=\"file\"; filename=\"" + "证".repeat(3_000) + ".jpg\"")), BOUNDARY);
    huge.next();
    assertThrows(MultipartReader.HeaderTooLongException.class, huge::next);
  }

  @Test
  void anEncodedFileNameIsDecodedAndAnUnreadPartIsSkipped() throws IOException {
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body("x".repeat(70_000)
        .getBytes(StandardCharsets.UTF_8), "form-data; name=\"file\"; filename=\"a.jpg\"; "
        + "filename*=UTF-8''%E7%85%A7%E7%89%87.jpg")), BOUNDARY);
    reader.next();
    assertEquals("照片.jpg", reader.next().fileName());
    assertNull(reader.next());
    assertEquals("b c", MultipartReader.boundary("multipart/form-data; boundary=\"b c\""));
  }

  @Test
  void aBodyCutOffIsAnError() throws IOException {
    byte[] whole = body(new byte[5000], "form-data; name=\"file\"; filename=\"a.jpg\"");
    byte[] cut = Arrays.copyOf(whole, whole.length - 60);
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), BOUNDARY);
    reader.next();
    InputStream content = reader.next().content();
    assertThrows(IOException.class, content::readAllBytes);
  }
}
