package cn.ggzy.server.infrastructure.persistence.mongo;

import cn.ggzy.server.TestClock;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CDI container (Weld SE) per test JVM with the application's real wiring: JNoSQL, our
 * MongoDB producer on the embedded server (data in a fresh temporary directory), repositories.
 */
public final class TestContainer {
  private static SeContainer container;

  private TestContainer() {}

  public static synchronized <T> T get(Class<T> type) {
    if (container == null) {
      try {
        Path dir = Files.createTempDirectory("supervision-test");
        System.setProperty("platform.data.dir", dir.toString());
        System.setProperty("platform.jwt.publickey.file", dir.resolve("keys/jwt-public.pem").toString());
        System.setProperty("mp.jwt.verify.issuer", "urn:test");
        System.setProperty("platform.admin.initial-password", "Test-Admin-Pass-1");
        // tests drive the notification work themselves
        System.setProperty("platform.notifications.scheduler", "off");
        // and register the cases of stored submissions themselves (no background rounds racing them)
        System.setProperty("platform.intake.registration-interval-seconds", "0");
        // the tests' browser push service listens on loopback
        System.setProperty("platform.intake.push.allow-loopback", "true");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // the application's time is the tests' fixed clock (TestClock), never the wall clock
      container = SeContainerInitializer.newInstance().addBeanClasses(TestClock.Producer.class).initialize();
      Runtime.getRuntime().addShutdownHook(new Thread(container::close));
    }
    return container.select(type).get();
  }
}
