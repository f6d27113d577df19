/** The public channel's submissions, uploads, abuse counters and evidence files (GridFS). */
package cn.ggzy.server.infrastructure.persistence.mongo.intake;
