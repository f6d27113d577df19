/** Regions (the tenants' city) and their settings. */
package cn.ggzy.server.infrastructure.persistence.mongo.region;
