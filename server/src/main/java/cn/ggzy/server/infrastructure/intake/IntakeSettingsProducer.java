package cn.ggzy.server.infrastructure.intake;

import cn.ggzy.server.application.IntakeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The public channel's settings from MicroProfile Config ({@code platform.intake.*}; environment
 * variables such as {@code PLATFORM_INTAKE_POW_DIFFICULTY} override), defaults for 麻城.
 */
@ApplicationScoped
public class IntakeSettingsProducer {
  @Inject Config config;

  @Produces
  @Singleton
  IntakeSettings settings() {
    IntakeSettings d = IntakeSettings.defaults();
    return new IntakeSettings(
        number("platform.intake.max-file-bytes", d.maxFileBytes()),
        number("platform.intake.max-submission-bytes", d.maxSubmissionBytes()),
        (int) number("platform.intake.max-files", d.maxFiles()),
        number("platform.intake.chunk-bytes", d.chunkBytes()),
        (int) number("platform.intake.filing-window-days", d.filingWindowDays()),
        (int) number("platform.intake.pow.difficulty", d.powDifficulty()),
        Duration.ofSeconds(number("platform.intake.pow.lifetime-seconds", d.powLifetime().toSeconds())),
        (int) number("platform.intake.rate.submit-per-minute.client", d.submitPerMinuteClient()),
        (int) number("platform.intake.rate.submit-per-minute.device", d.submitPerMinuteDevice()),
        (int) number("platform.intake.rate.upload-per-minute.client", d.uploadPerMinuteClient()),
        (int) number("platform.intake.rate.upload-per-minute.device", d.uploadPerMinuteDevice()),
        (int) number("platform.intake.rate.challenge-per-minute.client", d.challengePerMinuteClient()),
        (int) number("platform.intake.rate.track-per-minute.client", d.trackPerMinuteClient()),
        (int) number("platform.intake.tracking.free-failures", d.freeTrackingFailures()),
        Duration.ofSeconds(number("platform.intake.registration-interval-seconds",
            d.registrationInterval().toSeconds())),
        (int) number("platform.intake.registration-yield-above-per-second", d.registrationYieldAbovePerSecond()),
        Duration.ofSeconds(number("platform.intake.registration-yield-at-most-seconds",
            d.registrationYieldAtMost().toSeconds())));
  }

  private long number(String key, long fallback) {
    return config.getOptionalValue(key, Long.class).orElse(fallback);
  }
}
