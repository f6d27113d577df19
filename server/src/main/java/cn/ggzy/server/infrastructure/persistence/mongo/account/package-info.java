/** Officer and administrator accounts. */
package cn.ggzy.server.infrastructure.persistence.mongo.account;
