/** Bid rigging (围标串标) evidence: screens, 条例 art. 40 matches, price patterns, co-bidding groups. */
package cn.ggzy.server.domain.model.rigging;
