package cn.ggzy.server.domain.model.warning;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import java.util.List;

/**
 * One piece of evidence of a warning: what matched ({@code code} is a message code such as
 * {@code rigging.field.MAC_ADDRESS}), the art. 40 item it proves ({@code null} for a statistical
 * finding), the bidders (credit codes) involved and the matched value, prices or passage.
 */
public record Evidence(Kind kind, Art40Item item, String code, List<String> bidders, String detail) {
  /** Where the evidence comes from. */
  public enum Kind { TRACE, PRICE, DOCUMENT, MODEL }

  public Evidence {
    bidders = List.copyOf(bidders);
  }
}
