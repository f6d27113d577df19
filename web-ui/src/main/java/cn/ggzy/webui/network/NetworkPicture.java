package cn.ggzy.webui.network;

import cn.ggzy.server.application.CoBiddingViews.EdgeView;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.MemberView;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network picture of one group as inline SVG drawn on the server: members on a circle in the
 * order of their codes (the same picture every time), a node's size by the tenders it bid with the
 * group, blue for a member that won, orange for a cover bidder (bids, never wins), grey for the
 * others; a line's width by the tenders two members bid together. Scales to the screen (viewBox,
 * width 100 %); a title and a description for screen readers. A small group has its labels
 * beside the nodes on two lines; a large one ({@value #RADIAL_FROM} members or more) gets a
 * larger circle, so that nodes never touch, and one-line labels along the radii, which cannot
 * overlap however many members there are.
 */
public final class NetworkPicture {
  /** The picture's side for a small group. */
  static final int SIZE = 320;
  static final String WINNER = "#1565c0";
  static final String COVER = "#e65100";
  static final String OTHER = "#757575";
  static final int RADIAL_FROM = 13;
  private static final double RING = 80;
  /** The largest node's radius, and the room a node needs along the circle. */
  static final double MAX_R = 18;
  private static final double NODE_ROOM = 2 * MAX_R + 6;
  /** Room beyond the circle for radial labels: five characters, an ellipsis and "wins/tenders". */
  private static final double RADIAL_MARGIN = MAX_R + 4 + 110;
  private static final int LABEL_CHARS = 5;

  private NetworkPicture() {}

  /** The circle's radius for this many members: nodes never touch. */
  static double ring(int members) {
    return Math.max(RING, members * NODE_ROOM / (2 * Math.PI));
  }

  /** The picture's side for this many members. */
  static int size(int members) {
    return members < RADIAL_FROM ? SIZE : (int) Math.ceil(2 * (ring(members) + RADIAL_MARGIN));
  }

  /** Where each member sits: on a circle from the top, clockwise, in the order given. */
  static Map<String, double[]> layout(List<MemberView> members) {
    Map<String, double[]> at = new HashMap<>();
    int n = members.size();
    double centre = size(n) / 2.0;
    double ring = ring(n);
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      at.put(members.get(i).code(), new double[] {centre + ring * Math.cos(angle), centre + ring * Math.sin(angle)});
    }
    return at;
  }

  /** The SVG; {@code title} and {@code description} are plain text (escaped here). */
  public static String svg(GroupDetail group, String title, String description) {
    List<MemberView> members = group.members().stream()
        .sorted(Comparator.comparing(MemberView::code)).toList();
    Map<String, double[]> at = layout(members);
    int size = size(members.size());
    double centre = size / 2.0;
    boolean radial = members.size() >= RADIAL_FROM;
    int mostTenders = Math.max(1, members.stream().mapToInt(MemberView::tendersInGroup).max().orElse(1));
    int mostTogether = Math.max(1, group.edges().stream().mapToInt(EdgeView::tenders).max().orElse(1));
    String id = "net-" + group.id();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
        .append("\" width=\"100%\" style=\"max-width:").append(Math.min(960, Math.max(480, size)))
        .append("px;height:auto;display:block\" role=\"img\" aria-labelledby=\"")
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
      double r = 7 + (MAX_R - 7) * Math.sqrt((double) m.tendersInGroup() / mostTenders);
      String colour = m.winsInGroup() > 0 ? WINNER : m.cover() ? COVER : OTHER;
      s.append("<g class=\"node\" data-code=\"").append(escape(m.code())).append("\">");
      s.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"").append(f(r))
          .append("\" fill=\"").append(colour).append("\" stroke=\"#fff\" stroke-width=\"2\"><title>")
          .append(escape(m.name() + " " + m.code())).append("</title></circle>");
      double dx = p[0] - centre;
      double dy = p[1] - centre;
      double length = Math.max(1, Math.hypot(dx, dy));
      if (radial) {
        radialLabel(s, m, p, dx / length, dy / length, r);
        continue;
      }
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

  /**
   * A one-line label along the node's radius, outwards from it: upright on both halves of the
   * circle (turned half a turn on the left one and anchored at its end).
   */
  private static void radialLabel(StringBuilder s, MemberView m, double[] p, double ux, double uy, double r) {
    double degrees = Math.toDegrees(Math.atan2(uy, ux));
    boolean left = ux < -1e-9;
    double lx = p[0] + ux * (r + 4);
    double ly = p[1] + uy * (r + 4);
    s.append("<text x=\"").append(f(lx)).append("\" y=\"").append(f(ly)).append("\" dy=\"4\" text-anchor=\"")
        .append(left ? "end" : "start").append("\" transform=\"rotate(").append(f(left ? degrees + 180 : degrees))
        .append(' ').append(f(lx)).append(' ').append(f(ly)).append(")\" fill=\"#212121\">")
        .append(escape(label(m))).append("<tspan fill=\"#616161\"> ").append(m.winsInGroup()).append('/')
        .append(m.tendersInGroup()).append("</tspan></text></g>");
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
