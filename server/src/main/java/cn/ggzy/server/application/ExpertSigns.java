package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.expert.ExpertSign;
import java.util.List;

/**
 * Signs in the imported evaluation scores that an expert may not have judged independently
 * (favour of a bidder, tracking another expert, frequent deviation from the panel), each with the
 * scores behind it, offered to reviewers like the rigging warnings: the department's own tenders,
 * or the region's for the office (opened through an audited scope).
 */
public interface ExpertSigns {
  boolean mayReview(Caller caller);

  List<ExpertSign> signs(Caller caller);
}
