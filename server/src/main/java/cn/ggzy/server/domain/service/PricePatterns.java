package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.PricePattern;
import cn.ggzy.server.domain.model.rigging.PricedBid;
import java.util.List;

/** Finds prices of one section that differ in a regular pattern. */
public interface PricePatterns {

  List<PricePattern> find(List<PricedBid> section);
}
