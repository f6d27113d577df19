package cn.ggzy.webui.network;

import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.CoBiddingViews.BidderDetail;
import cn.ggzy.server.application.CoBiddingViews.CoBidderView;
import cn.ggzy.server.application.CoBiddingViews.GroupSummary;
import cn.ggzy.server.application.CoBiddingViews.MemberName;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.warnings.WarningAccess;
import cn.ggzy.webui.warnings.WarningsView;
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
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** One bidder: tenders, wins and win rate, the bidders it meets most, its groups and the warnings naming it. */
@Route(value = "console/bidders/:bidderCode", layout = MainLayout.class)
@Dependent
public class BidderProfileView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final CoBiddingViews views;
  private final Div content = new Div();

  @Inject
  public BidderProfileView(CoBiddingViews views) {
    this.views = views;
    setHeading(getTranslation("network.bidder.title"));
    content.setWidthFull();
    addContent(content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var caller = WarningAccess.reviewer(event);
    if (caller.isEmpty()) {
      return;
    }
    String code = event.getRouteParameters().get("bidderCode").orElse("");
    DomainErrors.run(() -> {
      BidderDetail b = views.bidder(caller.get(), code);
      setHeading(b.name());
      content.removeAll();
      content.add(sheet(b, this::getTranslation));
    }, e -> {
      if (!(e instanceof NotFoundException)) {
        throw e;
      }
      event.forwardTo(WarningsView.class);
    });
  }

  static Component sheet(BidderDetail b, BiFunction<String, Object[], String> texts) {
    GroupView.T t = new GroupView.T(texts);
    Div sheet = new Div();
    sheet.addClassName("bidder-sheet");
    Paragraph facts = new Paragraph(b.code() + " · " + t.t("network.bidder.facts", b.tenders(), b.wins(),
        GroupsView.percent(b.winRate())));
    facts.setId("bidder-facts");
    sheet.add(facts, new H3(t.t("network.bidder.groups")), groups(b, t), new H3(t.t("network.bidder.warnings")),
        warnings(b, t), new H3(t.t("network.bidder.coBidders")), coBidders(b, t));
    return sheet;
  }

  private static Component groups(BidderDetail b, GroupView.T t) {
    if (b.groups().isEmpty()) {
      return new Paragraph(t.t("network.bidder.noGroup"));
    }
    UnorderedList list = new UnorderedList();
    list.setId("bidder-groups");
    for (GroupSummary g : b.groups()) {
      var link = NetworkLinks.group(g.id(), g.members().stream().map(MemberName::name)
          .collect(Collectors.joining("、")));
      link.setId("bidder-group-" + g.id());
      list.add(new ListItem(link, new Span(" · " + GroupsView.facts(g, t.texts()))));
    }
    return list;
  }

  private static Component warnings(BidderDetail b, GroupView.T t) {
    return GroupView.warningList(b.warnings(), "bidder-warnings", t,
        w -> t.t("network.score", w.score()) + " · " + t.t("warnings.status." + w.status()));
  }

  private static Component coBidders(BidderDetail b, GroupView.T t) {
    UnorderedList list = new UnorderedList();
    list.setId("bidder-cobidders");
    for (CoBidderView c : b.coBidders()) {
      list.add(new ListItem(NetworkLinks.bidder(c.code(), c.name()), new Span(" · " + t.t("network.fact.tenders",
          c.tenders()))));
    }
    return list;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("network.bidder.title") + " · " + getTranslation("app.title");
  }
}
