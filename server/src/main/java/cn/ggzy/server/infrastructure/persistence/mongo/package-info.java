/**
 * The push bookkeeping (inboxes, devices, deliveries, settings) stored with the MongoDB driver:
 * inserts under deterministic unique ids are what makes every notification and delivery exist at
 * most once, on MongoDB and on the embedded server alike.
 */
package cn.ggzy.server.infrastructure.persistence.mongo;
