package cn.ggzy.webui.network;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links inside the console to a bidder's page, a group's page and the groups of a bidder. */
public final class NetworkLinks {
  private NetworkLinks() {}

  public static Anchor bidder(String code, String text) {
    return link("console/bidders/" + encode(code), text);
  }

  public static Anchor group(String id, String text) {
    return link("console/groups/" + encode(id), text);
  }

  /** The group list filtered to the groups the bidder belongs to. */
  public static Anchor groupsOf(String code, String text) {
    return link("console/groups?bidder=" + encode(code), text);
  }

  public static Anchor warning(String id, String text) {
    return link("console/warnings/" + encode(id), text);
  }

  static Anchor link(String href, String text) {
    Anchor a = new Anchor(href, text);
    a.getElement().setAttribute("router-link", true);
    return a;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
