package cn.ggzy.server.domain.model.calendar;

import cn.ggzy.server.domain.model.DomainException;

/**
 * A region's case clocks in working days (local policy, stricter than the law): deciding whether
 * to accept (麻城 1, statutory ceiling 3) and closing an accepted case (麻城 15, ceiling 30).
 */
public record DeadlineSettings(int acceptanceWorkingDays, int completionWorkingDays) {
  public static final int ACCEPTANCE_CEILING = 3;
  public static final int COMPLETION_CEILING = 30;
  public static final DeadlineSettings MACHENG = new DeadlineSettings(1, 15);

  public DeadlineSettings {
    if (acceptanceWorkingDays < 1 || acceptanceWorkingDays > ACCEPTANCE_CEILING) {
      throw new DomainException("calendar.settings.acceptance.range", "acceptanceWorkingDays");
    }
    if (completionWorkingDays < 1 || completionWorkingDays > COMPLETION_CEILING) {
      throw new DomainException("calendar.settings.completion.range", "completionWorkingDays");
    }
  }
}
