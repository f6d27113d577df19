/** The evaluation experts' pool and draws in MongoDB (driver only), with their indexes. */
package cn.ggzy.server.infrastructure.persistence.mongo.expert;
