/** The MongoDB connection, and the embedded default used when none is configured. */
package cn.ggzy.server.infrastructure.mongo.embedded;
