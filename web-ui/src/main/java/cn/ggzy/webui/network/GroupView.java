package cn.ggzy.webui.network;

import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupSummary;
import cn.ggzy.server.application.CoBiddingViews.MemberName;
import cn.ggzy.server.application.CoBiddingViews.MemberView;
import cn.ggzy.server.application.CoBiddingViews.TenderView;
import cn.ggzy.server.application.RiggingWarnings.Summary;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.warnings.WarningAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One co-bidding group: its facts, the network picture (SVG drawn on the server), the members
 * with links to their pages, the tenders together and the open warnings naming a member.
 */
@Route(value = "console/groups/:groupId", layout = MainLayout.class)
@Dependent
public class GroupView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  /** Tenders listed on the page; the rest are counted. */
  static final int TENDERS_SHOWN = 100;
  private final CoBiddingViews views;
  private final Div content = new Div();

  @Inject
  public GroupView(CoBiddingViews views) {
    this.views = views;
    setHeading(getTranslation("network.group.title"));
    var back = NetworkLinks.link("console/groups", getTranslation("network.back"));
    back.setId("group-back");
    content.setWidthFull();
    addContent(back, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = WarningAccess.reviewer(event);
    if (caller.isEmpty()) {
      return;
    }
    String id = event.getRouteParameters().get("groupId").orElse("");
    DomainErrors.run(() -> {
      content.removeAll();
      content.add(sheet(views.group(caller.get(), id), this::getTranslation));
    }, e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(GroupsView.class);
    });
  }

  /** The page's content, built from the group and the texts of the page's language. */
  static Component sheet(GroupDetail g, BiFunction<String, Object[], String> texts) {
    T t = new T(texts);
    Div sheet = new Div();
    sheet.addClassName("group-sheet");
    Map<String, String> names = g.members().stream().collect(Collectors.toMap(MemberView::code, MemberView::name));
    GroupSummary summary = new GroupSummary(g.id(), g.members().stream().map(m -> new MemberName(m.code(), m.name()))
        .toList(), g.tendersTogether(), g.rotation(), g.rotating(), g.coverBidders(), g.openWarnings().size());
    Paragraph facts = new Paragraph(GroupsView.facts(summary, texts));
    facts.setId("group-facts");
    Div picture = new Div();
    picture.setId("group-picture");
    picture.setWidthFull();
    picture.getElement().setProperty("innerHTML", NetworkPicture.svg(g, t.t("network.picture.title",
        g.members().size(), g.tendersTogether()), description(g, t)));
    Paragraph legend = new Paragraph(t.t("network.picture.legend"));
    legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    sheet.add(facts, picture, legend, new H3(t.t("network.group.members")), members(g, t),
        new H3(t.t("network.group.warnings")), warnings(g, t), new H3(t.t("network.group.tenders")), tenders(g, names, t));
    return sheet;
  }

  /** What the picture shows, in words: who won how often, who never won. */
  static String description(GroupDetail g, T t) {
    String members = g.members().stream().map(m -> t.t("network.picture.member", m.name(), m.tendersInGroup(),
        m.winsInGroup())).collect(Collectors.joining("; "));
    return t.t("network.picture.desc", members);
  }

  private static Component members(GroupDetail g, T t) {
    UnorderedList list = new UnorderedList();
    list.setId("group-members");
    for (MemberView m : g.members()) {
      var link = NetworkLinks.bidder(m.code(), m.name());
      link.setId("group-member-" + m.code());
      ListItem item = new ListItem(link, new Span("（" + m.code() + "）" + t.t("network.member.facts",
          m.tendersInGroup(), m.winsInGroup(), m.tenders(), m.wins())));
      if (m.cover()) {
        Span cover = new Span(" · " + t.t("network.cover"));
        cover.getStyle().set("color", NetworkPicture.COVER);
        item.add(cover);
      }
      list.add(item);
    }
    return list;
  }

  private static Component warnings(GroupDetail g, T t) {
    return warningList(g.openWarnings(), "group-warnings", t, w -> t.t("network.score", w.score()));
  }

  /** The warnings, each linked to its page and followed by its facts, or "none". */
  static Component warningList(List<Summary> warnings, String id, T t, Function<Summary, String> facts) {
    if (warnings.isEmpty()) {
      return new Paragraph(t.t("network.none"));
    }
    UnorderedList list = new UnorderedList();
    list.setId(id);
    for (Summary w : warnings) {
      list.add(new ListItem(NetworkLinks.warning(w.id(), w.projectName() + " · " + w.sectionCode()),
          new Span(" · " + facts.apply(w))));
    }
    return list;
  }

  private static Component tenders(GroupDetail g, Map<String, String> names, T t) {
    UnorderedList list = new UnorderedList();
    list.setId("group-tenders");
    g.tenders().stream().limit(TENDERS_SHOWN).forEach(x -> list.add(new ListItem(tender(x, names, t))));
    if (g.tenders().size() > TENDERS_SHOWN) {
      list.add(new ListItem(t.t("network.more", g.tenders().size() - TENDERS_SHOWN)));
    }
    return list;
  }

  private static String tender(TenderView x, Map<String, String> names, T t) {
    String winner = x.winner() == null ? t.t("network.winner.unknown")
        : names.containsKey(x.winner()) ? names.get(x.winner()) : t.t("network.winner.outside");
    return x.projectName() + " · " + x.sectionCode() + "（" + x.members().size() + "）· "
        + t.t("network.winner", winner);
  }

  /** Texts with arguments, shorter to call. */
  record T(BiFunction<String, Object[], String> texts) {
    String t(String key, Object... args) {
      return texts.apply(key, args);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("network.group.title") + " · " + getTranslation("app.title");
  }
}
