package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.DocumentMatch;
import java.util.List;

/** Finds abnormally consistent bid files, not counting text copied from the tender's template. */
public interface DocumentSimilarity {

  /**
   * Pairs of documents whose similarity, after removing the template's text, is at least
   * {@code threshold} (0…1).
   */
  List<DocumentMatch> nearDuplicates(String template, List<BidDocument> documents, double threshold);
}
