/** Cases, their inbox lines, legal clocks and the case outbox. */
package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;
