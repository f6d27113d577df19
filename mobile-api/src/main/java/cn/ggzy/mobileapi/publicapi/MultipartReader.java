package cn.ggzy.mobileapi.publicapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body as a stream of parts, each part's content streamed (never the
 * whole file in memory). Part headers are read as UTF-8, as browsers send file names
 * ({@code filename="照片.jpg"}); {@code filename*=UTF-8''…} is understood too. Shared by the
 * public evidence upload and the officers' uploads (tender documents for review).
 */
public final class MultipartReader {
  private static final int MAX_HEADER_LINE = 8192;
  private static final int MAX_HEADERS = 20;
  // possessive runs: a quoted value of thousands of characters is one step, not one recursion each
  // (the plain alternation overflowed the stack past ~3,000 characters)
  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"((?:[^\"\\\\]++|\\\\.)*+)\"");
  private static final Pattern FILE_NAME =
      Pattern.compile("(?i)(?:^|;)\\s*filename=\"((?:[^\"\\\\]++|\\\\.)*+)\"");
  private static final Pattern FILE_NAME_EXT = Pattern.compile("(?i)(?:^|;)\\s*filename\\*=UTF-8''([^;\\s]+)");

  /** One part: its form field name, file name (null for plain fields) and content. */
  public record Part(String name, String fileName, String contentType, InputStream content) {
    /** The part's content as UTF-8 text (a form field), at most 8 KB of it. */
    public String text() {
      try {
        return new String(content.readNBytes(MAX_HEADER_LINE), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean started;
  private boolean finished;
  private PartStream current;

  public MultipartReader(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The boundary of a multipart Content-Type, or null. */
  public static String boundary(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))").matcher(contentType);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /** The next part, or null after the last; an unread part is skipped. */
  public Part next() throws IOException {
    if (finished) {
      return null;
    }
    if (!started) {
      started = true;
      skipPreamble();
    } else {
      if (current != null) {
        current.transferTo(OutputStream.nullOutputStream());
      }
      if (!afterDelimiter()) {
        finished = true;
        return null;
      }
    }
    String name = null;
    String fileName = null;
    String type = null;
    for (int n = 0; ; n++) {
      String line = line();
      if (line.isEmpty()) {
        break;
      }
      if (n >= MAX_HEADERS) {
        throw new IOException("too many part headers");
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (header.equals("content-disposition")) {
        name = group(NAME, value);
        Matcher ext = FILE_NAME_EXT.matcher(value);
        fileName = ext.find() ? URLDecoder.decode(ext.group(1).replace("+", "%2B"), StandardCharsets.UTF_8)
            : group(FILE_NAME, value);
      } else if (header.equals("content-type")) {
        type = value;
      }
    }
    current = new PartStream();
    return new Part(name, fileName, type, current);
  }

  private static String group(Pattern p, String value) {
    Matcher m = p.matcher(value);
    return m.find() ? m.group(1).replaceAll("\\\\(.)", "$1") : null;
  }

  /** Up to and including the first "--boundary" line. */
  private void skipPreamble() throws IOException {
    String dashBoundary = new String(delimiter, 2, delimiter.length - 2, StandardCharsets.ISO_8859_1);
    for (int n = 0; n < 100; n++) {
      if (line().equals(dashBoundary)) {
        return;
      }
    }
    throw new IOException("no multipart boundary");
  }

  /** After a delimiter: "--" ends the body, CRLF starts the next part. */
  private boolean afterDelimiter() throws IOException {
    int a = read();
    int b = read();
    if (a == '-' && b == '-') {
      return false;
    }
    if (a == '\r' && b == '\n') {
      return true;
    }
    throw new IOException("malformed multipart body");
  }

  private String line() throws IOException {
    byte[] line = new byte[256];
    int n = 0;
    while (true) {
      int c = read();
      if (c < 0) {
        throw new IOException("multipart body ended early");
      }
      if (c == '\n') {
        int end = n > 0 && line[n - 1] == '\r' ? n - 1 : n;
        return new String(line, 0, end, StandardCharsets.UTF_8);
      }
      if (n == MAX_HEADER_LINE) {
        throw new HeaderTooLongException();
      }
      if (n == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[n++] = (byte) c;
    }
  }

  private int read() throws IOException {
    if (pos == limit && fill(1) == 0) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  /** Makes at least {@code wanted} bytes available if the stream has them; answers how many are. */
  private int fill(int wanted) throws IOException {
    if (limit - pos >= wanted) {
      return limit - pos;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    while (limit < wanted) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    return limit - pos;
  }

  /** The content of the current part: ends where the delimiter starts. */
  private final class PartStream extends InputStream {
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int available = fill(Math.min(buf.length, delimiter.length + len));
      // only where these bytes could end: a delimiter starting within the next len bytes
      int found = indexOf(pos, Math.min(limit, pos + len + delimiter.length - 1));
      if (found == pos) {
        pos += delimiter.length;
        ended = true;
        return -1;
      }
      int safe = found >= 0 ? found - pos : Math.max(0, available - (delimiter.length - 1));
      if (safe == 0) {
        throw new IOException("multipart body ended early");
      }
      int n = Math.min(len, safe);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    private int indexOf(int from, int to) {
      outer:
      for (int i = from; i + delimiter.length <= to; i++) {
        for (int j = 0; j < delimiter.length; j++) {
          if (buf[i + j] != delimiter[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  /** A part's header line is longer than {@value #MAX_HEADER_LINE} bytes (e.g. a file name of thousands of characters). */
  public static final class HeaderTooLongException extends IOException {
    HeaderTooLongException() {
      super("part header too long");
    }
  }
}
