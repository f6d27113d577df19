package cn.ggzy.webui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CoBiddingViews.BidderDetail;
import cn.ggzy.server.application.CoBiddingViews.CoBidderView;
import cn.ggzy.server.application.CoBiddingViews.EdgeView;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupSummary;
import cn.ggzy.server.application.CoBiddingViews.MemberName;
import cn.ggzy.server.application.CoBiddingViews.MemberView;
import cn.ggzy.server.application.CoBiddingViews.TenderView;
import cn.ggzy.server.application.RiggingWarnings.Summary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The group's picture and the group and bidder pages as the officer reads them, in Chinese and English. */
class NetworkPagesTest {
  private static final DefaultI18NProvider PROVIDER =
      new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));

  static GroupDetail group() {
    return new GroupDetail("abc123", List.of(
        new MemberView("B", "乙路桥有限公司", 6, 3, 9, 4, false),
        new MemberView("A", "甲路桥有限公司<script>", 6, 3, 7, 3, false),
        new MemberView("C", "丙路桥有限公司", 6, 0, 6, 0, true),
        new MemberView("D", "丁公司", 3, 0, 3, 0, false)),
        6, 0.5, true, List.of("C"),
        List.of(new EdgeView("A", "B", 6), new EdgeView("A", "C", 6), new EdgeView("B", "C", 6),
            new EdgeView("C", "D", 3)),
        List.of(new TenderView("zjj", "MC-1", "城东道路工程", "BD1", "一标段", List.of("A", "B", "C"), "A"),
            new TenderView("zjj", "MC-1", "城东道路工程", "BD2", "二标段", List.of("A", "B", "C"), "X")),
        List.of(new Summary("W1", "421181-zjj", "MC-1", "城东道路工程", "BD1", "一标段", 80, "OPEN", List.of(1), 3,
            Instant.EPOCH)));
  }

  private static String svg(GroupDetail g) {
    return NetworkPicture.svg(g, "共同投标网络 & 图", "说明");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void thePictureIsWellFormedAccessibleSvgWithOneNodePerMemberAndOneLinePerPair() throws Exception {
    Document doc = parse(svg(group()));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("img", doc.getDocumentElement().getAttribute("role"));
    assertTrue(doc.getDocumentElement().getAttribute("viewBox").startsWith("0 0 "));
    assertEquals("100%", doc.getDocumentElement().getAttribute("width"), "scales to a 360 px screen");
    assertEquals("共同投标网络 & 图", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    assertEquals("说明", doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent());
    assertEquals(4, doc.getElementsByTagNameNS("*", "circle").getLength());
    assertEquals(4, doc.getElementsByTagNameNS("*", "line").getLength());
    assertFalse(svg(group()).contains("<script>"), "names are escaped");
  }

  @Test
  void winnersAreBlueCoverBiddersOrangeAndTheBiggerNodeBidMore() throws Exception {
    NodeList circles = parse(svg(group())).getElementsByTagNameNS("*", "circle");
    // sorted by code: A, B, C, D
    assertEquals(NetworkPicture.WINNER, attr(circles, 0, "fill"));
    assertEquals(NetworkPicture.WINNER, attr(circles, 1, "fill"));
    assertEquals(NetworkPicture.COVER, attr(circles, 2, "fill"));
    assertEquals(NetworkPicture.OTHER, attr(circles, 3, "fill"));
    assertTrue(Double.parseDouble(attr(circles, 0, "r")) > Double.parseDouble(attr(circles, 3, "r")));
    NodeList lines = parse(svg(group())).getElementsByTagNameNS("*", "line");
    assertTrue(Double.parseDouble(attr(lines, 0, "stroke-width")) > Double.parseDouble(attr(lines, 3,
        "stroke-width")), "six tenders together draw a thicker line than three");
  }

  @Test
  void theLayoutIsTheSameEveryTimeAndStaysInsideThePicture() throws Exception {
    assertEquals(svg(group()), svg(group()));
    for (int n : new int[] {4, 12, 13, 24, 60}) {
      List<MemberView> many = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        many.add(new MemberView("M" + (100 + i), "某某某某某某建设工程有限公司" + i, 1 + i % 5, i % 2, 9, 1, false));
      }
      GroupDetail big = new GroupDetail("big", many, 9, 0.3, false, List.of(), List.of(), List.of(), List.of());
      Document doc = parse(svg(big));
      String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
      double size = Double.parseDouble(box[2]);
      assertEquals(NetworkPicture.size(n), (int) size);
      NodeList circles = doc.getElementsByTagNameNS("*", "circle");
      double[][] c = new double[n][3];
      for (int i = 0; i < n; i++) {
        c[i] = new double[] {Double.parseDouble(attr(circles, i, "cx")), Double.parseDouble(attr(circles, i, "cy")),
            Double.parseDouble(attr(circles, i, "r"))};
        assertTrue(c[i][0] - c[i][2] >= 0 && c[i][0] + c[i][2] <= size && c[i][1] - c[i][2] >= 0
            && c[i][1] + c[i][2] <= size, n + " members: node " + i + " inside");
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          assertTrue(Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]) > c[i][2] + c[j][2],
              n + " members: nodes " + i + " and " + j + " do not touch");
        }
      }
      NodeList texts = doc.getElementsByTagNameNS("*", "text");
      for (int i = 0; i < n; i++) {
        String transform = attr(texts, i, "transform");
        assertEquals(n >= NetworkPicture.RADIAL_FROM, transform.startsWith("rotate("), n + " members: radial labels");
        if (n >= NetworkPicture.RADIAL_FROM) {
          // the label runs outwards along the radius: its far end (six characters and "1/5" at 11 px)
          // stays inside the picture
          double x = Double.parseDouble(attr(texts, i, "x"));
          double y = Double.parseDouble(attr(texts, i, "y"));
          double ux = (x - size / 2) / Math.hypot(x - size / 2, y - size / 2);
          double uy = (y - size / 2) / Math.hypot(x - size / 2, y - size / 2);
          double end = 6 * 11 + 5 * 7;
          assertTrue(x + ux * end >= 0 && x + ux * end <= size && y + uy * end >= 0 && y + uy * end <= size,
              n + " members: label " + i + " inside");
        }
      }
    }
    assertEquals("某某某某某…", NetworkPicture.label(new MemberView("M1", "某某某某某某建设工程有限公司", 1, 0, 1, 0, false)));
  }

  private static String attr(NodeList nodes, int i, String name) {
    return ((org.w3c.dom.Element) nodes.item(i)).getAttribute(name);
  }

  private static String text(Component c) {
    return c.getElement().getTextRecursively();
  }

  private static Element byId(Element root, String id) {
    if (id.equals(root.getAttribute("id"))) {
      return root;
    }
    return root.getChildren().map(ch -> byId(ch, id)).filter(Objects::nonNull).findFirst().orElse(null);
  }

  @Test
  void theGroupPageInChineseShowsFactsMembersWithLinksAndTheCoverBidder() {
    Component sheet = GroupView.sheet(group(), (k, a) -> PROVIDER.getTranslation(k, Locale.CHINESE, a));
    String text = text(sheet);
    assertTrue(text.contains("共同投标 6 次 · 轮换度 50% · 轮流中标 · 陪标 1 家 · 待核查预警 1 条"), text);
    assertTrue(text.contains("团伙外投标人"), "BD2 was won by a bidder outside the group: " + text);
    Element member = byId(sheet.getElement(), "group-member-C");
    assertEquals("console/bidders/C", member.getAttribute("href"));
    assertTrue(text(sheet).contains("丙路桥有限公司（C）：团伙内投标 6 次、中标 0 次；全部投标 6 次、中标 0 次 · 陪标"), text);
    String svg = byId(sheet.getElement(), "group-picture").getProperty("innerHTML");
    assertTrue(svg.contains("<title id=\"net-abc123-title\">共同投标网络：4 家投标人，共同投标 6 次</title>"), svg);
    assertTrue(svg.contains("丙路桥有限公司：投标 6 次，中标 0 次"), "the description names who never won");
  }

  @Test
  void theGroupPageInEnglish() {
    Component sheet = GroupView.sheet(group(), (k, a) -> PROVIDER.getTranslation(k, Locale.ENGLISH, a));
    String text = text(sheet);
    assertTrue(text.contains("6 tenders together · rotation 50% · takes turns to win · 1 cover bidder(s)"), text);
    assertTrue(text.contains("won by 甲路桥有限公司"), text);
    assertFalse(text.contains("共同投标 6 次"));
  }

  @Test
  void theBidderPageLinksItsGroupsWarningsAndCoBidders() {
    BidderDetail b = new BidderDetail("C", "丙路桥有限公司", 6, 0, 0, List.of(new CoBidderView("A", "甲路桥有限公司", 6)),
        List.of(new GroupSummary("abc123", List.of(new MemberName("A", "甲"), new MemberName("C", "丙")), 6, 0.5, true,
            List.of("C"), 1)),
        List.of(new Summary("W1", "421181-zjj", "MC-1", "城东道路工程", "BD1", "一标段", 80, "OPEN", List.of(1), 3,
            Instant.EPOCH)));
    Component zh = BidderProfileView.sheet(b, (k, a) -> PROVIDER.getTranslation(k, Locale.CHINESE, a));
    assertTrue(text(zh).contains("C · 投标 6 次，中标 0 次，中标率 0%"), text(zh));
    assertEquals("console/groups/abc123", byId(zh.getElement(), "bidder-group-abc123").getAttribute("href"));
    assertTrue(text(zh).contains("待核查"), "the warning's status");
    Component en = BidderProfileView.sheet(b, (k, a) -> PROVIDER.getTranslation(k, Locale.ENGLISH, a));
    assertTrue(text(en).contains("6 tenders, 0 wins, win rate 0%"), text(en));
  }
}
