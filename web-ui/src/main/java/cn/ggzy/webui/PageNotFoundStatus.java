package cn.ggzy.webui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Answers a page address that no view has with 404, as a search engine, a link checker or a
 * monitoring probe expects: Vaadin renders its error view ({@code NotFoundView}) but answers the
 * page request itself with 200 and ignores the view's status (vaadin/flow#13421). Only plain page
 * addresses are judged (GET, not Vaadin's own requests, no file extension, not the API); the page
 * is still sent whole, so the reader sees the site's 404 page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageNotFoundStatus extends HttpFilter {
  private static final List<String> NOT_PAGES = List.of("/VAADIN/", "/api/", "/HEARTBEAT/", "/UIDL/",
      "/health", "/openapi", "/metrics", "/frontend/", "/icons/", "/styles/");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (isPage(request, path) && !hasView(path)) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      chain.doFilter(request, new HttpServletResponseWrapper(response) {
        @Override
        public void setStatus(int status) {
          if (status != HttpServletResponse.SC_OK) {
            super.setStatus(status);
          }
        }
      });
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isPage(HttpServletRequest request, String path) {
    if (!"GET".equals(request.getMethod())) {
      return false;
    }
    String query = request.getQueryString();
    if (query != null && query.contains("v-r=")) {
      return false;
    }
    if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private boolean hasView(String path) {
    ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
        new VaadinServletContext(getServletContext()));
    String route = path.startsWith("/") ? path.substring(1) : path;
    if (route.endsWith("/")) {
      route = route.substring(0, route.length() - 1);
    }
    return routes.getNavigationRouteTarget(route).hasTarget();
  }
}
