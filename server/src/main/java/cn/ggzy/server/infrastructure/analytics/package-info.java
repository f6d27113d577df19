/** Bid-rigging analytics in plain Java: screens, art. 40 checks, price patterns, MinHash, co-bidding graph. */
package cn.ggzy.server.infrastructure.analytics;
