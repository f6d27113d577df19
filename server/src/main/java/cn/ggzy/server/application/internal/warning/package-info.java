/** Bid-rigging warnings (预警): raising, reviewing and their texts. */
package cn.ggzy.server.application.internal.warning;
