package cn.ggzy.mobileapi.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filters reach the network views as typed; anything outside the caller's reach is NotFoundException (404 with an ApiError). */
class RiggingNetworkResourceTest {
  static final Caller HEAD = new Caller(new Login("zjjhead"), TenantId.of("421181-zjj"), Set.of(Role.DEPARTMENT_HEAD),
      "住建局负责人");

  final RiggingNetworkResource resource = new RiggingNetworkResource();
  final Recording views = new Recording();

  RiggingNetworkResourceTest() {
    resource.callers = new CallerResolver() {
      @Override
      public Caller caller() {
        return HEAD;
      }
    };
    resource.views = views;
  }

  @Test
  void theFiltersArePassedOnForTheCaller() {
    resource.groups("甲路桥", " 4 ", true, true, "421181-jtj", 20, 10);
    assertEquals(new CoBiddingViews.GroupQuery("甲路桥", 4, true, true, "421181-jtj", 20, 10), views.query);
    assertEquals(HEAD, views.caller);
    resource.groups(null, "", false, false, null, 0, 20);
    assertEquals(new CoBiddingViews.GroupQuery(null, null, false, false, 0, 20), views.query);
  }

  @Test
  void aMinimumThatIsNoNumberIsABadRequestNamingTheField() {
    DomainException e = assertThrows(DomainException.class, () -> resource.groups(null, "vier", false, false, null, 0, 20));
    assertFalse(e instanceof NotFoundException, "a plain domain error: the mapper answers 400");
    ApiError body = ApiError.of(e.code(), e.field());
    assertEquals("minimumTenders", body.field());
    assertEquals("Invalid parameter", body.messageEn());
  }

  @Test
  void aGroupOrBidderOutsideTheReachIsNotFound() {
    NotFoundException group = assertThrows(NotFoundException.class, () -> resource.group("0123456789abcdef"));
    assertEquals(new ApiError("notFound", ApiError.of("notFound", null).message(),
        ApiError.of("notFound", null).messageEn(), "groupId"), ApiError.of(group.code(), group.field()));
    NotFoundException bidder = assertThrows(NotFoundException.class, () -> resource.bidder("91421181MA0000000X"));
    assertEquals("bidderCode", bidder.field());
  }

  /** Records the query; knows no group and no bidder. */
  static final class Recording implements CoBiddingViews {
    GroupQuery query;
    Caller caller;

    @Override
    public GroupPage groups(Caller caller, GroupQuery query) {
      this.caller = caller;
      this.query = query;
      return new GroupPage(List.of(), 0, query.offset(), query.limit());
    }

    @Override
    public GroupDetail group(Caller caller, String id) {
      throw new NotFoundException("groupId");
    }

    @Override
    public BidderDetail bidder(Caller caller, String code) {
      throw new NotFoundException("bidderCode");
    }
  }
}
