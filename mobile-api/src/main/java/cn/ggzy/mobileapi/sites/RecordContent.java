package cn.ggzy.mobileapi.sites;

import cn.ggzy.server.application.SiteRecords.SiteRecordFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's file as the browser's player asks for it: whole (200) or one byte range (206, {@code Range:
 * bytes=a-b}, {@code bytes=a-} or the last n bytes {@code bytes=-n}); a range beyond the file is 416. Shown
 * inline, never cached, with its SHA-256 in {@code X-Content-SHA256}.
 */
final class RecordContent {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  private RecordContent() {}

  /** The range {@code [first, last]} asked for in a file of {@code size} bytes; null: the whole file; empty array: unsatisfiable. */
  static long[] range(String header, long size) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Matcher m = RANGE.matcher(header.strip());
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return null; // a form we do not serve (several ranges): the whole file, as RFC 9110 allows
    }
    long first;
    long last;
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0) {
        return new long[0];
      }
      first = Math.max(0, size - suffix);
      last = size - 1;
    } else {
      first = Long.parseLong(m.group(1));
      last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
    }
    return first >= size || first > last ? new long[0] : new long[] {first, last};
  }

  static Response answer(SiteRecordFile file, String rangeHeader) {
    long size = file.record().size();
    long[] range = range(rangeHeader, size);
    InputStream in = file.content();
    if (range != null && range.length == 0) {
      close(in);
      return Response.status(416).header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes")
          .build();
    }
    long first = range == null ? 0 : range[0];
    long length = range == null ? size : range[1] - range[0] + 1;
    StreamingOutput body = out -> {
      try (InputStream content = in) {
        content.skipNBytes(first);
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
          int n = content.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          left -= n;
        }
      }
    };
    Response.ResponseBuilder answer = range == null ? Response.ok(body, file.record().contentType())
        : Response.status(206).entity(body).type(file.record().contentType())
            .header("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + size);
    return answer.header("Content-Length", length).header("Accept-Ranges", "bytes")
        .header("X-Content-SHA256", file.record().sha256()).header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .build();
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
