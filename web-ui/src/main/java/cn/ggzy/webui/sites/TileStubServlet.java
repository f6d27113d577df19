package cn.ggzy.webui.sites;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default map tiles ({@code tiles/{z}/{x}/{y}.svg}): a light grid with the tile's numbers, drawn here,
 * so that the map works on a machine without a network (the embedded default, the tests). Production
 * points {@code platform.map.tiles} at a real map service.
 */
@WebServlet(urlPatterns = "/tiles/*")
public class TileStubServlet extends HttpServlet {
  private static final Pattern PATH = Pattern.compile("/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})\\.svg");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String label = m.group(1) + "/" + m.group(2) + "/" + m.group(3);
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\">"
        + "<rect width=\"256\" height=\"256\" fill=\"#eef2ee\" stroke=\"#c9d3c9\"/>"
        + "<path d=\"M0 128H256M128 0V256\" stroke=\"#dde5dd\"/>"
        + "<text x=\"8\" y=\"20\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#8a968a\">" + label + "</text></svg>";
    response.setContentType("image/svg+xml");
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
  }
}
