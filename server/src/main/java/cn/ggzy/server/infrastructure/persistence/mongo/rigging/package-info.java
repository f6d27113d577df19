/** Storage of the region's tender labels and trained risk models (collections tender_labels, region_models). */
package cn.ggzy.server.infrastructure.persistence.mongo.rigging;
