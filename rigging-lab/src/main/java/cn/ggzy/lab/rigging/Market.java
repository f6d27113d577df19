package cn.ggzy.lab.rigging;

import cn.ggzy.server.domain.model.rigging.TenderBids;
import java.util.List;

/** One market's tenders with their labels (1 rigged, 0 competitive). */
public record Market(String name, List<TenderBids> tenders, int[] labels) {}
