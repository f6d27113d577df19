package cn.ggzy.webui.network;

import cn.ggzy.server.application.CoBiddingViews.EdgeView;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.MemberView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network picture of one group as inline SVG drawn on the server: members on a circle in the
 * order of their codes (the same picture every time), a node's size by the tenders it bid with the
 * group, blue for a member that won, orange for a cover bidder (bids, never wins), grey for the
 * others; a line's width by the tenders two members bid together. Scales to the screen (viewBox,
 * width 100 %); a title and a description for screen readers.
 */
public final class NetworkPicture {
  static final int SIZE = 320;
  static final String WINNER = "#1565c0";
  static final String COVER = "#e65100";
  static final String OTHER = "#757575";
  private static final double CENTRE = SIZE / 2.0;
  private static final double RING = 80;
  private static final int LABEL_CHARS = 5;

  private NetworkPicture() {}

  /** Where each member sits: on a circle from the top, clockwise, in the order given. */
  static Map<String, double[]> layout(List<MemberView> members) {
    Map<String, double[]> at = new HashMap<>();
    int n = members.size();
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      at.put(members.get(i).code(), new double[] {CENTRE + RING * Math.cos(angle), CENTRE + RING * Math.sin(angle)});
    }
    return at;
  }

  /** The SVG; {@code title} and {@code description} are plain text (escaped here). */
  public static String svg(GroupDetail group, String title, String description) {
    List<MemberView> members = group.members().stream()
        .sorted(java.util.Comparator.comparing(MemberView::code)).toList();
    Map<String, double[]> at = layout(members);
    int mostTenders = Math.max(1, members.stream().mapToInt(MemberView::tendersInGroup).max().orElse(1));
    int mostTogether = Math.max(1, group.edges().stream().mapToInt(EdgeView::tenders).max().orElse(1));
    String id = "net-" + group.id();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
        .append("\" width=\"100%\" style=\"max-width:480px;height:auto;display:block\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\" class=\"network-picture\">");
    s.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
    s.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    s.append("<g class=\"edges\" stroke=\"#90a4ae\" stroke-linecap=\"round\">");
    for (EdgeView e : group.edges()) {
      double[] a = at.get(e.from());
      double[] b = at.get(e.to());
      if (a == null || b == null) {
        continue;
      }
      double width = 1 + 5.0 * e.tenders() / mostTogether;
      s.append("<line x1=\"").append(f(a[0])).append("\" y1=\"").append(f(a[1])).append("\" x2=\"").append(f(b[0]))
          .append("\" y2=\"").append(f(b[1])).append("\" stroke-width=\"").append(f(width))
          .append("\" data-tenders=\"").append(e.tenders()).append("\"><title>").append(e.tenders())
          .append("</title></line>");
    }
    s.append("</g><g class=\"nodes\" font-family=\"sans-serif\" font-size=\"11\">");
    for (MemberView m : members) {
      double[] p = at.get(m.code());
      double r = 7 + 11 * Math.sqrt((double) m.tendersInGroup() / mostTenders);
      String colour = m.winsInGroup() > 0 ? WINNER : m.cover() ? COVER : OTHER;
      s.append("<g class=\"node\" data-code=\"").append(escape(m.code())).append("\">");
      s.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"").append(f(r))
          .append("\" fill=\"").append(colour).append("\" stroke=\"#fff\" stroke-width=\"2\"><title>")
          .append(escape(m.name() + " " + m.code())).append("</title></circle>");
      double dx = p[0] - CENTRE;
      double dy = p[1] - CENTRE;
      double length = Math.max(1, Math.hypot(dx, dy));
      double lx = p[0] + dx / length * (r + 4);
      double ly = p[1] + dy / length * (r + 4) + 4;
      String anchor = Math.abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
      if (Math.abs(dx) < 20) {
        ly += dy > 0 ? 8 : -16;
      }
      s.append("<text x=\"").append(f(lx)).append("\" y=\"").append(f(ly)).append("\" text-anchor=\"")
          .append(anchor).append("\" fill=\"#212121\">").append(escape(label(m))).append("<tspan x=\"")
          .append(f(lx)).append("\" dy=\"12\" fill=\"#616161\">").append(m.winsInGroup()).append('/')
          .append(m.tendersInGroup()).append("</tspan></text></g>");
    }
    s.append("</g></svg>");
    return s.toString();
  }

  /** The name shortened to fit beside the node (wins/tenders with the group go on a second line). */
  static String label(MemberView m) {
    String name = m.name() == null || m.name().isBlank() ? m.code() : m.name();
    String shortName = name.codePointCount(0, name.length()) > LABEL_CHARS
        ? name.substring(0, name.offsetByCodePoints(0, LABEL_CHARS)) + "…" : name;
    return shortName;
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
