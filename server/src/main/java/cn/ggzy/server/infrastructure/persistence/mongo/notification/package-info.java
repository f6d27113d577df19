/** The push bookkeeping (inboxes, devices, deliveries, settings) stored with the MongoDB driver: inserts under deterministic unique ids make every notification and delivery exist at most once. */
package cn.ggzy.server.infrastructure.persistence.mongo.notification;
