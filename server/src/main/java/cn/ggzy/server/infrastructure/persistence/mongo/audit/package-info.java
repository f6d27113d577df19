/** The audit log and its hash chain. */
package cn.ggzy.server.infrastructure.persistence.mongo.audit;
