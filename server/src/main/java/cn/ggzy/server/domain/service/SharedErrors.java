package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.BidDocument;
import cn.ggzy.server.domain.model.rigging.SharedError;
import java.util.List;

/** Finds identical misspellings that exactly two bid files of a section share (共同的错漏). */
public interface SharedErrors {

  /** Shared misspellings per pair of bidders, the template text being the usual spelling's reference too. */
  List<SharedError> find(String template, List<BidDocument> documents);
}
