package cn.ggzy.server.domain.model.warning;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import cn.ggzy.server.domain.model.rigging.ExpertDeviation;
import cn.ggzy.server.domain.model.rigging.SharedError;
import cn.ggzy.server.domain.model.rigging.SharedPassages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence from the bid files and the experts' scores of a section: near-duplicate files and shared
 * misspellings (art. 40 item 4, with the shared passages and their offsets) and experts scoring a
 * bidder far from the rest of the panel (条例 art. 49, objective and fair evaluation).
 */
public final class SectionEvidence {
  /** Legal basis of the evaluation evidence (message code): 条例 art. 49. */
  public static final String EVALUATION_BASIS = "rigging.basis.art49";
  static final int MAX_PASSAGES = 3;
  static final int EXCERPT = 60;

  private SectionEvidence() {}

  /**
   * A near-duplicate pair; {@code texts} gives each bidder's full text. The passages are the longest
   * stretches both files share outside the template (or, failing those, the sentences the engine
   * found), each shortened to {@link #EXCERPT} characters, with offsets in both files.
   */
  public static Evidence nearDuplicate(DocumentMatch m, Map<String, String> texts, String template) {
    String a = texts.getOrDefault(m.bidderA(), "");
    String b = texts.getOrDefault(m.bidderB(), "");
    List<Passage> passages = new ArrayList<>();
    for (SharedPassages.Run run : SharedPassages.longest(a, b, template, MAX_PASSAGES)) {
      passages.add(new Passage(excerpt(run.text()), run.offsetA(), run.offsetB()));
    }
    for (String shared : m.sharedPassages()) {
      int at = a.indexOf(shared);
      int bt = b.indexOf(shared);
      if (passages.size() == MAX_PASSAGES) {
        break;
      }
      if (at >= 0 && bt >= 0 && passages.stream().noneMatch(p -> p.offsetA() <= at && at < p.offsetA() + EXCERPT)) {
        passages.add(new Passage(excerpt(shared), at, bt));
      }
    }
    return new Evidence(Evidence.Kind.DOCUMENT, Art40Item.ABNORMALLY_CONSISTENT, "rigging.documents.nearDuplicate",
        List.of(m.bidderA(), m.bidderB()), String.format(Locale.ROOT, "Jaccard=%.2f", m.similarity()), passages);
  }

  /** One piece of evidence per pair of bidders sharing misspellings: each as written and as usually written. */
  public static List<Evidence> sharedErrors(List<SharedError> errors) {
    Map<String, List<SharedError>> byPair = new LinkedHashMap<>();
    errors.forEach(e -> byPair.computeIfAbsent(e.bidderA() + "," + e.bidderB(), k -> new ArrayList<>()).add(e));
    List<Evidence> evidence = new ArrayList<>();
    for (List<SharedError> pair : byPair.values()) {
      SharedError first = pair.get(0);
      StringBuilder detail = new StringBuilder();
      List<Passage> passages = new ArrayList<>();
      for (SharedError e : pair) {
        detail.append(detail.length() == 0 ? "" : "; ").append(e.written()).append(" ≠ ").append(e.usual());
        passages.add(new Passage(e.written(), e.offsetA(), e.offsetB()));
      }
      evidence.add(new Evidence(Evidence.Kind.DOCUMENT, Art40Item.ABNORMALLY_CONSISTENT,
          "rigging.documents.sharedError", List.of(first.bidderA(), first.bidderB()), detail.toString(), passages));
    }
    return evidence;
  }

  public static Evidence expertDeviation(ExpertDeviation d) {
    return new Evidence(Evidence.Kind.EVALUATION, null, "rigging.evidence.expertDeviation", List.of(d.bidder()),
        String.format(Locale.ROOT, "expert=%s;%s score=%s; median=%s; MAD=%s; deviation=%+.2f", d.expert(),
            d.item().isEmpty() ? "" : " item=" + d.item() + ";", number(d.score()), number(d.median()),
            number(d.mad()), d.deviation()));
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
