package cn.ggzy.server.domain.model.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An expert who pushes one bidder far from the rest of the panel is found; ordinary disagreement is not. */
class ExpertDeviationsTest {

  private static List<PanelScore> panel(String bidder, String item, double... scores) {
    List<PanelScore> list = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      list.add(new PanelScore("E" + (i + 1), bidder, item, scores[i]));
    }
    return list;
  }

  @Test
  void theOneExpertPushingABidderUpIsFoundWithTheFigures() {
    List<PanelScore> scores = new ArrayList<>(panel("A", "", 80, 81, 79, 80, 95));
    scores.addAll(panel("B", "", 85, 86, 84, 85, 84));
    List<ExpertDeviation> found = ExpertDeviations.find(scores);
    assertEquals(1, found.size(), found.toString());
    ExpertDeviation d = found.get(0);
    assertEquals("E5", d.expert());
    assertEquals("A", d.bidder());
    assertEquals(95, d.score());
    assertEquals(80, d.median());
    assertEquals(15, d.deviation());
    assertEquals(0.5, d.mad());
  }

  @Test
  void anExpertPullingABidderDownIsFoundToo() {
    List<ExpertDeviation> found = ExpertDeviations.find(panel("A", "技术标", 40, 41, 39, 40, 20));
    assertEquals(1, found.size());
    assertTrue(found.get(0).deviation() < 0);
    assertEquals("技术标", found.get(0).item());
  }

  @Test
  void ordinaryDisagreementWithinThePanelIsNotAFinding() {
    assertTrue(ExpertDeviations.find(panel("A", "", 80, 84, 76, 82, 78, 88, 72)).isEmpty());
  }

  @Test
  void aOnePointDifferenceFromAUnanimousPanelIsNotAFinding() {
    assertTrue(ExpertDeviations.find(panel("A", "", 80, 80, 80, 80, 81)).isEmpty(),
        "MAD 0 must not make every difference abnormal");
  }

  @Test
  void aPanelTooSmallToJudgeIsLeftAlone() {
    assertTrue(ExpertDeviations.find(panel("A", "", 80, 80, 80, 99)).isEmpty());
  }
}
