package cn.ggzy.server.application;

import java.time.Duration;

/**
 * The public channel's limits (configuration, see {@code IntakeSettingsProducer}): file sizes in
 * bytes, filing window in days, proof-of-work difficulty in leading zero bits, rate limits per
 * minute per client address and per device id, how many wrong access codes are free before
 * tries are slowed down, and how the case registration makes way for filers: above how many new
 * submissions a second, and for how long at most in one burst.
 */
public record IntakeSettings(long maxFileBytes, long maxSubmissionBytes, int maxFiles, long chunkBytes,
    int filingWindowDays, int powDifficulty, Duration powLifetime, int submitPerMinuteClient,
    int submitPerMinuteDevice, int uploadPerMinuteClient, int uploadPerMinuteDevice,
    int challengePerMinuteClient, int trackPerMinuteClient, int freeTrackingFailures,
    Duration registrationInterval, int registrationYieldAbovePerSecond, Duration registrationYieldAtMost) {
  public static IntakeSettings defaults() {
    return new IntakeSettings(20L << 20, 100L << 20, 20, 512L << 10, 10, 16, Duration.ofMinutes(10), 20, 10,
        600, 600, 60, 60, 5, Duration.ofSeconds(2), 50, Duration.ofMinutes(2));
  }

  public IntakeSettings withPow(int difficulty) {
    return new IntakeSettings(maxFileBytes, maxSubmissionBytes, maxFiles, chunkBytes, filingWindowDays, difficulty,
        powLifetime, submitPerMinuteClient, submitPerMinuteDevice, uploadPerMinuteClient, uploadPerMinuteDevice,
        challengePerMinuteClient, trackPerMinuteClient, freeTrackingFailures, registrationInterval,
        registrationYieldAbovePerSecond, registrationYieldAtMost);
  }

  public IntakeSettings withFileLimits(long perFile, long perSubmission, int files) {
    return new IntakeSettings(perFile, perSubmission, files, chunkBytes, filingWindowDays, powDifficulty,
        powLifetime, submitPerMinuteClient, submitPerMinuteDevice, uploadPerMinuteClient, uploadPerMinuteDevice,
        challengePerMinuteClient, trackPerMinuteClient, freeTrackingFailures, registrationInterval,
        registrationYieldAbovePerSecond, registrationYieldAtMost);
  }

  public IntakeSettings withRates(int submitClient, int submitDevice, int uploadClient, int challengeClient,
      int trackClient) {
    return new IntakeSettings(maxFileBytes, maxSubmissionBytes, maxFiles, chunkBytes, filingWindowDays,
        powDifficulty, powLifetime, submitClient, submitDevice, uploadClient, uploadClient, challengeClient,
        trackClient, freeTrackingFailures, registrationInterval,
        registrationYieldAbovePerSecond, registrationYieldAtMost);
  }

  public IntakeSettings withRegistrationYield(int abovePerSecond, Duration atMost) {
    return new IntakeSettings(maxFileBytes, maxSubmissionBytes, maxFiles, chunkBytes, filingWindowDays,
        powDifficulty, powLifetime, submitPerMinuteClient, submitPerMinuteDevice, uploadPerMinuteClient,
        uploadPerMinuteDevice, challengePerMinuteClient, trackPerMinuteClient, freeTrackingFailures,
        registrationInterval, abovePerSecond, atMost);
  }
}
