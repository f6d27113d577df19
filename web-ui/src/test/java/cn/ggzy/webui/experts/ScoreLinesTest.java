package cn.ggzy.webui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertScore.Rated;
import cn.ggzy.server.domain.model.expert.Rating;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The score from the ratings, explained: none yet, or the weighted mean and each rating with its weight. */
class ScoreLinesTest {
  static final Instant NOW = Instant.parse("2027-12-18T06:00:00Z");

  /** Two ratings: a good one a year ago (weight one half), a negative one now. */
  static ExpertScore score() {
    Rating old = new Rating("421181-EA", 5, 5, 5, 5, "", "zjj.li", NOW.minusSeconds(365L * 86_400));
    Rating recent = new Rating("421181-EA", 4, 2, 3, 4, "评审中接打电话", "jtj.wu", NOW);
    return ExpertScore.of(List.of(new Rated("XD-1", "城东污水管网改造工程二标段", old),
        new Rated("XD-2", "G106 改线工程一标段", recent)), NOW);
  }

  private static String text(ExpertScore s, Locale locale) {
    return ScoreLines.of("s", s, ExpertTestData.texts(locale), locale, null).getElement().getTextRecursively();
  }

  @Test
  void theScoreIsExplainedRatingByRatingNewestFirst() {
    ExpertScore s = score();
    assertEquals(76.7, s.score(), "(65 × 1 + 100 × 0.5) / 1.5");
    String text = text(s, Language.CHINESE);
    for (String expected : List.of("76.7 分", "评价次数2", "其中含 2 分及以下项目的1", "每过 365 天减半",
        "G106 改线工程一标段", "含 2 分及以下项目", "2027年12月18日 14:00", "65 分", "1.000", "评审中接打电话",
        "城东污水管网改造工程二标段", "100 分", "0.500")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertTrue(text.indexOf("G106") < text.indexOf("城东"), "newest first: " + text);
  }

  @Test
  void noRatingYetSaysSo() {
    ExpertScore none = ExpertScore.of(List.of(), NOW);
    Div section = ScoreLines.of("s", none, ExpertTestData.chinese(), Language.CHINESE, null);
    assertTrue(section.getElement().getTextRecursively().contains("尚无评价"));
    assertTrue(text(none, Language.ENGLISH).contains("No rating yet"));
    assertTrue(section.getChildren().noneMatch(c -> c.getId().orElse("").equals("s-lines")), "no list without ratings");
  }

  @Test
  void theOfficeReachesEachDrawTheExpertDoesNot() {
    Div office = ScoreLines.of("s", score(), ExpertTestData.chinese(), Language.CHINESE,
        id -> "console/expert-draws/" + id);
    assertEquals(List.of("console/expert-draws/XD-2", "console/expert-draws/XD-1"), anchors(office.getElement()));
    Div own = ScoreLines.of("s", score(), ExpertTestData.chinese(), Language.CHINESE, null);
    assertEquals(List.of(), anchors(own.getElement()));
    assertEquals("87.5", ScoreLines.points(87.5));
    assertEquals("85", ScoreLines.points(85.0));
  }

  private static List<String> anchors(Element e) {
    List<String> own = e.getComponent().filter(c -> c instanceof Anchor).map(c -> List.of(((Anchor) c).getHref()))
        .orElse(List.of());
    return Stream.concat(own.stream(), e.getChildren().flatMap(c -> anchors(c).stream())).toList();
  }
}
