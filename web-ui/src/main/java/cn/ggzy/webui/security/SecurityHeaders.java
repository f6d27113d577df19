package cn.ggzy.webui.security;

import cn.ggzy.webui.sites.MapTiles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The response headers a government site needs, on every page, file and API answer: no content
 * sniffing (a file is what its type says), no framing by other sites, no referrer leaving the site
 * (tracking addresses hold receipt numbers), HSTS over HTTPS, and a Content Security Policy as
 * strict as Vaadin Flow allows (its client engine needs inline bootstrap and evaluated
 * expressions: {@code 'unsafe-inline' 'unsafe-eval'} for scripts, inline styles); everything
 * else only from this site. The container's error pages (a path it refuses, see {@code error.html})
 * carry them too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders implements Filter {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "media-src 'self' blob:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  /** The policy sent: the map's tile service (when configured to another site) may give images too. */
  static final String POLICY = MapTiles.externalOrigin()
      .map(origin -> CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:", "img-src 'self' data: blob: " + origin))
      .orElse(CONTENT_SECURITY_POLICY);

  /** A '%' not followed by two hex digits: no decoder can read the address. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      apply(http, request.isSecure());
      if (request instanceof HttpServletRequest in && malformed(in.getQueryString(), in.getRequestURI())) {
        // refused here, before the API's or the UI's decoders fail on it with a server error
        http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        http.setContentType("application/json;charset=UTF-8");
        http.getWriter().write("{\"code\":\"request.invalid\",\"message\":\"请求地址格式有误\","
            + "\"messageEn\":\"The request address is malformed\",\"field\":null}");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The query string or the path holds a percent sign that starts no escape. */
  static boolean malformed(String query, String path) {
    return query != null && BAD_ESCAPE.matcher(query).find() || path != null && BAD_ESCAPE.matcher(path).find();
  }

  static void apply(HttpServletResponse response, boolean secure) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Permissions-Policy", "camera=(self), geolocation=(self), microphone=(self)");
    if (secure) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
