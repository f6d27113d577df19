package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.CoBiddingGroup;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.List;

/** Groups of bidders that bid together repeatedly across tenders, with rotation and cover bids. */
public interface CoBiddingNetwork {

  /** Groups in these tenders (tenders whose bidders are unknown are ignored), most active first. */
  List<CoBiddingGroup> groups(List<TenderBids> tenders);
}
