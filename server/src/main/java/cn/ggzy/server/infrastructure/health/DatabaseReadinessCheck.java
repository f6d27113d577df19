package cn.ggzy.server.infrastructure.health;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while MongoDB answers a ping. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Inject MongoConnection mongo;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("mongodb").status(mongo.ping()).build();
  }
}
