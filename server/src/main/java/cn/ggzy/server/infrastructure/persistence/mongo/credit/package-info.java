/** Credit subjects, records, red and black lists and repairs. */
package cn.ggzy.server.infrastructure.persistence.mongo.credit;
