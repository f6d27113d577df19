/**
 * Persistence in MongoDB, one sub-package per aggregate (mirroring {@code domain.model.<aggregate>}).
 * Here: the one connection ({@link cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection},
 * a real MongoDB by configuration or the embedded default), JNoSQL's document manager and restricted
 * class scanner, the start-up point that asks every aggregate for its indexes
 * ({@link cn.ggzy.server.infrastructure.persistence.mongo.IndexSetup}) and the shared write helpers.
 * A class is named {@code Jnosql*} when it maps through Eclipse JNoSQL and {@code Mongo*} when it
 * uses only the MongoDB driver. No class outside this package imports the MongoDB driver.
 */
package cn.ggzy.server.infrastructure.persistence.mongo;
