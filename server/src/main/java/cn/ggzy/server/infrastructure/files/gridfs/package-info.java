/** Files in MongoDB GridFS, each with its tenant and SHA-256 in the file's metadata. */
package cn.ggzy.server.infrastructure.files.gridfs;
