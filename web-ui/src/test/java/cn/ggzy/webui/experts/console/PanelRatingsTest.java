package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertDraws.PanelMember;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 一标一评 on the unsealed panel: the button for each expert still on it, what is known once rated
 * (here or before), and the entry into the credit file only for a negative rating, then its state.
 */
class PanelRatingsTest {
  private static final Instant NOW = Instant.parse("2026-12-18T06:00:00Z");
  private final List<String> asked = new ArrayList<>();
  private final PanelRatings ratings = new PanelRatings(ExpertTestData.chinese(), m -> asked.add("rate " + m.name()),
      m -> asked.add("credit " + m.name()));

  private static PanelMember member(String id, String name, AssignmentStatus status) {
    return new PanelMember(id, name, "麻城市建筑设计院", "高级工程师", "A0202", 1, status,
        Instant.parse("2026-12-14T03:00:00Z"), "138****8000", null, false, null);
  }

  private static Optional<Element> byId(Element e, String id) {
    if (id.equals(e.getAttribute("id"))) {
      return Optional.of(e);
    }
    return e.getChildren().map(c -> byId(c, id)).flatMap(Optional::stream).findFirst();
  }

  private static void click(Component within, String id) {
    Element button = byId(within.getElement(), id).orElseThrow(() -> new AssertionError("no " + id));
    ((Button) button.getComponent().orElseThrow()).click();
  }

  @Test
  void eachExpertStillOnThePanelHasTheButtonInTheCard() {
    PanelMember accepted = member("421181-EA", "张工", AssignmentStatus.ACCEPTED);
    PanelMember declined = member("421181-EB", "李工", AssignmentStatus.DECLINED);
    Div panel = ExpertPanelList.of(List.of(accepted, declined), ExpertTestData.chinese(), Language.CHINESE,
        ExpertTestData.names(Language.CHINESE), ratings::actions);
    assertTrue(byId(panel.getElement(), "expert-rate-421181-EA").isPresent());
    assertEquals("评价（一标一评）", byId(panel.getElement(), "expert-rate-421181-EA").get().getTextRecursively());
    assertFalse(byId(panel.getElement(), "expert-rate-421181-EB").isPresent(), "a declined expert is not rated");
    click(panel, "expert-rate-421181-EA");
    assertEquals(List.of("rate 张工"), asked);
  }

  @Test
  void aRatingMadeBeforeTheCardIsShownComesWithTheMember() {
    PanelMember negative = new PanelMember("421181-EC", "王工", "某院", "高级工程师", "A0202", 1,
        AssignmentStatus.ACCEPTED, NOW, "138****8000", 65.0, true, null);
    Component slot = ratings.actions(negative);
    assertFalse(byId(slot.getElement(), "expert-rate-421181-EC").isPresent(), "already rated");
    assertEquals("已评价 · 65 分 · 含 2 分及以下的项目",
        byId(slot.getElement(), "expert-rated-421181-EC").orElseThrow().getTextRecursively());
    assertTrue(byId(slot.getElement(), "expert-credit-421181-EC").isPresent(), "the credit file is offered");
    PanelMember entered = new PanelMember("421181-ED", "赵工", "某院", "高级工程师", "A0202", 1,
        AssignmentStatus.ACCEPTED, NOW, "138****8000", 60.0, true, "CR-9");
    Component done = ratings.actions(entered);
    assertFalse(byId(done.getElement(), "expert-credit-421181-ED").isPresent(), "entered once");
    assertEquals("已记入信用档案（记录 CR-9），审核情况见信用管理",
        byId(done.getElement(), "expert-credit-record-421181-ED").orElseThrow().getTextRecursively());
    PanelMember good = new PanelMember("421181-EE", "钱工", "某院", "高级工程师", "A0202", 1,
        AssignmentStatus.ACCEPTED, NOW, "138****8000", 95.0, false, null);
    assertFalse(byId(ratings.actions(good).getElement(), "expert-credit-421181-EE").isPresent(),
        "a rating without an item of 2 or less stays out of the credit file");
  }

  @Test
  void aNegativeRatingOffersTheCreditFileAndThenShowsTheRecordPendingApproval() {
    PanelMember m = member("421181-EA", "张工", AssignmentStatus.ACCEPTED);
    Component slot = ratings.actions(m);
    ratings.rated(new Rating(m.expertId(), 4, 2, 3, 4, "评审中接打电话", "zjj.li", NOW));
    assertFalse(byId(slot.getElement(), "expert-rate-421181-EA").isPresent(), "rated once per evaluation");
    assertEquals("已评价 · 65 分 · 含 2 分及以下的项目",
        byId(slot.getElement(), "expert-rated-421181-EA").orElseThrow().getTextRecursively());
    click(slot, "expert-credit-421181-EA");
    assertEquals(List.of("credit 张工"), asked);
    ratings.recorded(m.expertId(), "CR-2026-0007", RecordStatus.PENDING_APPROVAL);
    assertFalse(byId(slot.getElement(), "expert-credit-421181-EA").isPresent(), "entered once");
    assertEquals("已记入信用档案（记录 CR-2026-0007）：待审核，须由另一人在信用管理中审核后生效",
        byId(slot.getElement(), "expert-credit-record-421181-EA").orElseThrow().getTextRecursively());
  }

  @Test
  void aGoodRatingIsNotOfferedToTheCreditFile() {
    PanelMember m = member("421181-EA", "张工", AssignmentStatus.INVITED);
    Component slot = ratings.actions(m);
    ratings.rated(new Rating(m.expertId(), 5, 4, 4, 5, "", "zjj.li", NOW));
    assertEquals("已评价 · 90 分", byId(slot.getElement(), "expert-rated-421181-EA").orElseThrow()
        .getTextRecursively());
    assertFalse(byId(slot.getElement(), "expert-credit-421181-EA").isPresent());
  }

  @Test
  void aRatingMadeBeforeIsKnownFromTheRefusalAndTheBackendDecidesTheCreditFile() {
    PanelMember m = member("421181-EA", "张工", AssignmentStatus.ACCEPTED);
    Component slot = ratings.actions(m);
    assertFalse(ratings.ratingRefused(m.expertId(), new StateConflictException("expert.rating.notYet", "expertId")));
    assertTrue(ratings.known(m.expertId()).isEmpty());
    assertTrue(ratings.ratingRefused(m.expertId(), new StateConflictException("expert.rating.done", "expertId")));
    assertEquals("本次评标已评价过该专家",
        byId(slot.getElement(), "expert-rated-421181-EA").orElseThrow().getTextRecursively());
    assertTrue(byId(slot.getElement(), "expert-credit-421181-EA").isPresent(), "its items are not known here");
    ratings.creditRefused(m.expertId(), new DomainException("expert.rating.notFound", "expertId"));
    assertTrue(byId(slot.getElement(), "expert-credit-421181-EA").isPresent());
    ratings.creditRefused(m.expertId(), new DomainException("expert.rating.notNegative", "expertId"));
    assertFalse(byId(slot.getElement(), "expert-credit-421181-EA").isPresent(), "not negative: nothing to enter");
  }
}
