/** The public channel's submissions, uploads and evidence files in MongoDB (GridFS for the files). */
package cn.ggzy.server.infrastructure.intake.mongo;
