/** Tender sections, bids, section texts and evaluation scores. */
package cn.ggzy.server.infrastructure.persistence.mongo.tender;
