/** Bid-rigging early warning for officers: import of tender bids and review of warnings. */
package cn.ggzy.mobileapi.rigging;
