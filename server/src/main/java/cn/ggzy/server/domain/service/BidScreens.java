package cn.ggzy.server.domain.service;

import cn.ggzy.server.domain.model.rigging.TenderScreens;

/** Computes the statistical screens of one tender from its bid prices. */
public interface BidScreens {

  /** The screens of these prices (any order; the array is not changed). */
  TenderScreens screen(double[] prices);
}
