package cn.ggzy.server.infrastructure.persistence.mongo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** Stopping the application stops the driver's pruning thread, which would keep its class loader. */
class DriverPrunerTest {
  @Test
  void thePrunerOfTheSharedBufferPoolIsShutDown() throws Exception {
    Class<?> pool = Class.forName("com.mongodb.internal.connection.PowerOfTwoBufferPool");
    Object shared = pool.getField("DEFAULT").get(null);
    Field pruner = pool.getDeclaredField("pruner");
    pruner.setAccessible(true);

    MongoProducer.stopDriverPruner();

    assertTrue(((ScheduledExecutorService) pruner.get(shared)).isShutdown());
  }
}
