package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.rigging.PairMatch;
import java.util.List;

/** 条例 art. 40 item by item: pairs of bidders in one section that share a trace value. */
public interface CollusionPairChecks {

  /** Every pair and field that matches, one entry per pair and field. */
  List<PairMatch> matches(List<BidFileTrace> section);
}
