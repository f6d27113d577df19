package cn.ggzy.webui;

import cn.ggzy.server.application.AcknowledgedWrites;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * No answer says "done" before what the request wrote is durable (issue 16: every acknowledged
 * write survives a kill -9). A request that changes something (POST, PUT, PATCH, DELETE: the API's
 * writes, the console's actions, the public forms) is answered from a buffer once
 * {@link AcknowledgedWrites#awaitDurable()} returned, so not one byte of a success leaves before
 * the commit; a request that wrote nothing pays nothing. A read that wrote (an audited read) waits
 * for the commit before the container completes its answer.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DurableAnswers extends HttpFilter {
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject AcknowledgedWrites writes;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    writes.begin();
    if (!CHANGING.contains(request.getMethod()) || isPush(request)) {
      try {
        chain.doFilter(request, response);
      } finally {
        writes.awaitDurable();
      }
      return;
    }
    Buffered buffered = new Buffered(response);
    try {
      chain.doFilter(request, buffered);
    } finally {
      writes.awaitDurable();
    }
    buffered.release();
  }

  /** Vaadin's push connection stays open: it is not an answer to buffer. */
  private static boolean isPush(HttpServletRequest request) {
    String query = request.getQueryString();
    return query != null && query.contains("v-r=push");
  }

  /** The answer kept in memory until {@link #release()}; status and headers go to the response at once. */
  static final class Buffered extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (writer != null) {
        throw new IllegalStateException("getWriter() was called");
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("buffered answer");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was called");
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(body, charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      body.reset();
    }

    @Override
    public void setContentLength(int len) {
      // set from the buffer when it is released
    }

    @Override
    public void setContentLengthLong(long len) {
      // set from the buffer when it is released
    }

    /** Writes the buffered body to the response. */
    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (body.size() > 0 && !response.isCommitted()) {
        response.setContentLength(body.size());
      }
      if (body.size() > 0) {
        body.writeTo(response.getOutputStream());
      }
    }
  }
}
