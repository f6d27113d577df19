/** The embedded MongoDB default (mongo-java-server on H2 MVStore) and what makes it durable: group commit, stored unique indexes. */
package cn.ggzy.server.infrastructure.persistence.mongo.embedded;
