/** The dispatch ledger in MongoDB: things' facts ({@code dispatch_facts}) and counters ({@code dispatch_counters}). */
package cn.ggzy.server.infrastructure.persistence.mongo.dispatch;
