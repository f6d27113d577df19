/** Bid-rigging warnings (围标串标预警): one per tender section, with its evidence, legal basis and the office's review. */
package cn.ggzy.server.domain.model.warning;
