package cn.ggzy.server.domain.model.warning;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import java.util.List;

/**
 * One piece of evidence of a warning: what matched ({@code code} is a message code such as
 * {@code rigging.field.MAC_ADDRESS}), the art. 40 item it proves ({@code null} for a statistical
 * finding or an evaluation finding), the bidders (credit codes) involved, the matched value, prices
 * or figures, and for documents the shared passages with their offsets.
 */
public record Evidence(Kind kind, Art40Item item, String code, List<String> bidders, String detail,
    List<Passage> passages) {
  /** Where the evidence comes from; EVALUATION is the experts' scoring (评标打分). */
  public enum Kind { TRACE, PRICE, DOCUMENT, MODEL, EVALUATION }

  public Evidence {
    bidders = List.copyOf(bidders);
    passages = passages == null ? List.of() : List.copyOf(passages);
  }

  public Evidence(Kind kind, Art40Item item, String code, List<String> bidders, String detail) {
    this(kind, item, code, bidders, detail, List.of());
  }
}
