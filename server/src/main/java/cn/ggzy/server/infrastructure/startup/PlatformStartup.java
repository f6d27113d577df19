package cn.ggzy.server.infrastructure.startup;

import cn.ggzy.server.application.PlatformSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.IndexSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.security.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once when the application starts, before it takes requests: indexes, signing keys, the
 * tenant catalogue and, on the very first start, the first administrator.
 */
@ApplicationScoped
public class PlatformStartup {
  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject MongoConnection mongo;
  @Inject PlatformSetup setup;
  @Inject IndexSetup indexes;
  @Inject SigningKeys keys;

  @Inject
  @ConfigProperty(name = "platform.admin.initial-password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/")
  String publicUrl;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long started = System.nanoTime();
    indexes.ensure(mongo);
    keys.ensure();
    Optional<String> generated = setup.initialise(adminPassword.filter(p -> !p.isBlank()));
    LOG.info(() -> "Platform initialised in " + (System.nanoTime() - started) / 1_000_000
        + " ms on " + mongo.description());
    // The console banner is for the person who ran the start command; it is printed, not logged,
    // so that the generated password reaches no log file.
    PrintStream console = System.out;
    console.println("平台已就绪 Platform ready: " + publicUrl);
    generated.ifPresent(password -> {
      console.println("首次启动：请以管理员身份登录 First start: log in at " + publicUrl + "login");
      console.println("  用户名 login: " + PlatformSetup.FIRST_ADMIN);
      console.println("  初始密码 initial password: " + password + "  (只显示一次 shown once; change it at first login)");
    });
  }
}
