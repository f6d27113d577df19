package cn.ggzy.webui.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@value #PER_SESSION} requests of one web session in the server at a time; one more is
 * answered 503 at once (with {@code Retry-After}), without a thread waiting for it.
 *
 * <p>The web UI serialises a session's work behind one lock (Vaadin's session lock): a thread that
 * holds it for long (writing to a push peer that vanished, say) makes every other request of that
 * session wait, and a client that keeps sending requests with that session's cookie would take
 * every thread of the server that way, the health checks' and the API's included. With this limit
 * a stuck session costs at most its own few threads. A browser never needs more: its UI sends one
 * request at a time per tab, plus a heartbeat, a push connection and an upload now and then.
 *
 * <p>Not counted: the API (stateless, tokens), Vaadin's static files and the site's own static
 * files, which take no session lock.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionRequestLimit implements Filter {
  static final int PER_SESSION = 8;
  static final String RETRY_AFTER_SECONDS = "2";

  private final InFlight inFlight = new InFlight(PER_SESSION);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String session = request instanceof HttpServletRequest http && counted(http.getRequestURI(), http.getContextPath())
        ? sessionId(http) : null;
    if (session == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!inFlight.enter(session)) {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      http.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      http.setContentType("application/json;charset=UTF-8");
      http.getWriter().write("{\"code\":\"session.busy\",\"message\":\"本会话的请求过多，请稍后重试\","
          + "\"messageEn\":\"Too many requests of this session at once; try again shortly\",\"field\":null}");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      inFlight.leave(session);
    }
  }

  private static String sessionId(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : session.getId();
  }

  /** The requests that may wait for a session lock: pages and the UI's requests, not the API or static files. */
  static boolean counted(String uri, String contextPath) {
    String path = uri == null ? "" : uri.substring(Math.min(uri.length(), contextPath == null ? 0 : contextPath.length()));
    return !(path.startsWith("/api/") || path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/")
        || path.startsWith("/styles/") || path.startsWith("/icons/") || path.startsWith("/images/")
        || path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".webmanifest") || path.endsWith(".png")
        || path.endsWith(".svg") || path.endsWith(".html"));
  }

  /** Requests in the server per key; a key is forgotten when its last request leaves. */
  static final class InFlight {
    private final int limit;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    InFlight(int limit) {
      this.limit = limit;
    }

    /** Counts the request in, or refuses it when the key already has {@code limit} in the server. */
    boolean enter(String key) {
      boolean[] admitted = {false};
      counts.compute(key, (k, n) -> {
        AtomicInteger count = n == null ? new AtomicInteger() : n;
        if (count.get() < limit) {
          count.incrementAndGet();
          admitted[0] = true;
        }
        return count.get() == 0 ? null : count;
      });
      return admitted[0];
    }

    void leave(String key) {
      counts.computeIfPresent(key, (k, n) -> n.decrementAndGet() == 0 ? null : n);
    }

    int inServer(String key) {
      AtomicInteger n = counts.get(key);
      return n == null ? 0 : n.get();
    }

    int keys() {
      return counts.size();
    }
  }
}
