package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RedListView;
import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.RedListStatus;

/**
 * The red list of the region's supervision office: proposals made automatically from the region's
 * criteria (when a record comes into force, or when an officer asks for an evaluation), confirmed
 * or rejected by an office officer; and the region's credit settings (office leader).
 */
public interface RedListing {
  /** Evaluates every subject with positive records now; returns the number of new proposals. */
  int evaluate(Caller caller);

  Page<RedListView> entries(Caller caller, RedListStatus status, int offset, int limit);

  RedListView confirm(Caller caller, String entryId, long version);

  RedListView reject(Caller caller, String entryId, long version, String reason);

  CreditSettings settings(Caller caller);

  CreditSettings updateSettings(Caller caller, CreditSettings settings);
}
