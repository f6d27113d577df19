/** Tender-document reviews, the files reviewed, and the versions of each region's rule book. */
package cn.ggzy.server.infrastructure.persistence.mongo.review;
