package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period that stops the completion clock. The due date moves later by the working days after
 * the day it began, up to and including the day it ended.
 */
public record Pause(PauseKind kind, LocalDate startedOn, Instant startedAt, LocalDate endedOn,
    String reason) {
  public Pause {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(startedOn);
  }

  public boolean open() {
    return endedOn == null;
  }

  Pause endedOn(LocalDate day) {
    return new Pause(kind, startedOn, startedAt, day, reason);
  }
}
