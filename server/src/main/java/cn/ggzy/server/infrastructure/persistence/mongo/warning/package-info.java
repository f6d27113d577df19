/** Bid-rigging warnings. */
package cn.ggzy.server.infrastructure.persistence.mongo.warning;
