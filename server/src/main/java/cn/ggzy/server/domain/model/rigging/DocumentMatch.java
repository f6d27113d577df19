package cn.ggzy.server.domain.model.rigging;

import java.util.List;

/**
 * Two bid files that are abnormally consistent once the tender's own template text is removed:
 * the Jaccard similarity of their remaining shingles and some passages they share.
 */
public record DocumentMatch(String bidderA, String bidderB, double similarity, List<String> sharedPassages) {

  public DocumentMatch {
    sharedPassages = List.copyOf(sharedPassages);
  }

  public Art40Item item() {
    return Art40Item.ABNORMALLY_CONSISTENT;
  }
}
