package cn.ggzy.webui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;

/**
 * Lets Vaadin stream uploads (evidence, holiday notices) instead of failing on Open Liberty: the
 * Vaadin servlet has no multipart configuration, and Liberty then answers {@code getParts()} with an
 * UnsupportedOperationException, which Vaadin 24.9 does not expect (every upload ended in HTTP
 * 500). Here {@code getParts()} says what the servlet specification says for that case, an
 * IllegalStateException, on which Vaadin reads the multipart stream itself, without buffering the
 * whole file first.
 */
@WebFilter(urlPatterns = "/VAADIN/dynamic/resource/*", asyncSupported = true)
public class UploadStreamingFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new StreamedMultipart(request), response);
  }

  /** A request whose parts are read from its stream by the application. */
  static final class StreamedMultipart extends HttpServletRequestWrapper {
    StreamedMultipart(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Collection<Part> getParts() {
      throw new IllegalStateException("no multipart configuration: the parts are read from the stream");
    }

    @Override
    public Part getPart(String name) {
      throw new IllegalStateException("no multipart configuration: the parts are read from the stream");
    }
  }
}
