/**
 * Files in GridFS, the one store behind every kind of uploaded file (the public's evidence,
 * inspection photos, and what comes next: site check-in photos, experts' documents): chunked
 * writes with SHA-256, a check of the content while the bytes arrive, exact-key chunk reads.
 */
package cn.ggzy.server.infrastructure.persistence.mongo.files;
