package cn.ggzy.server.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: the system clock in Asia/Shanghai. */
@ApplicationScoped
public class ClockProducer {
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(SHANGHAI);
  }
}
