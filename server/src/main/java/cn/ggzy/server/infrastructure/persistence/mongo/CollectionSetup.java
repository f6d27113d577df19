package cn.ggzy.server.infrastructure.persistence.mongo;

/**
 * What one aggregate's collections need before the first request: their indexes (each tenant-owned
 * index starts with the tenant, a region-owned one with the region) and any upgrade of stored data
 * that those indexes presuppose. Each aggregate's persistence package has one implementation, a CDI
 * bean next to its repositories; {@link IndexSetup} runs them all, once, at start-up. Every step is
 * idempotent: a second node, or the next start, finds the work done.
 */
public interface CollectionSetup {
  void ensure(MongoConnection mongo);
}
