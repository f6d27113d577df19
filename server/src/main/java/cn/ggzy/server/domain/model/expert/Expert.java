package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation expert of a region's pool. Immutable: each decision gives the next state (the
 * repository stores it at the version read). The office reviews applications; an active expert
 * may be suspended until a date, reinstated, reviewed each year, and exits by request or decision.
 *
 * @param decidedBy, decidedAt, note the last decision on the expert (review, suspension, exit)
 * @param reviewDue the day by which the next annual review must be done; after it the expert is not drawn
 * @param penalties decisions that penalised the expert for tendering violations (case numbers): recusal from every draw
 */
public record Expert(String id, RegionCode region, ExpertState state, ExpertProfile profile, Instant appliedAt,
    String decidedBy, Instant decidedAt, String note, LocalDate suspendedUntil, LocalDate reviewDue,
    List<String> penalties, long version) {
  public Expert {
    penalties = List.copyOf(penalties);
  }

  /** A new application (候选), not yet stored. */
  public static Expert apply(String id, RegionCode region, ExpertProfile profile, Instant at) {
    return new Expert(id, region, ExpertState.CANDIDATE, profile, at, null, null, null, null, null, List.of(), 0);
  }

  /** The office approves the application: active, first review a review period later. */
  public Expert approve(String by, Instant at, LocalDate today, ExpertRules rules, String note) {
    require(ExpertState.CANDIDATE);
    return new Expert(id, region, ExpertState.ACTIVE, profile, appliedAt, by, at, note, null,
        today.plusMonths(rules.reviewMonths()), penalties, version);
  }

  public Expert reject(String by, Instant at, String reason) {
    require(ExpertState.CANDIDATE);
    return new Expert(id, region, ExpertState.REJECTED, profile, appliedAt, by, at, reason, null, null, penalties,
        version);
  }

  /** Not drawn up to and including {@code until}. */
  public Expert suspend(String by, Instant at, LocalDate until, String reason) {
    require(ExpertState.ACTIVE, ExpertState.SUSPENDED);
    return new Expert(id, region, ExpertState.SUSPENDED, profile, appliedAt, by, at, reason, until, reviewDue,
        penalties, version);
  }

  public Expert reinstate(String by, Instant at, String note) {
    require(ExpertState.SUSPENDED);
    return new Expert(id, region, ExpertState.ACTIVE, profile, appliedAt, by, at, note, null, reviewDue, penalties,
        version);
  }

  /** The annual review passed: the next is a review period later. */
  public Expert reviewed(String by, Instant at, LocalDate today, ExpertRules rules, String note) {
    require(ExpertState.ACTIVE, ExpertState.SUSPENDED);
    return new Expert(id, region, state, profile, appliedAt, by, at, note, suspendedUntil,
        today.plusMonths(rules.reviewMonths()), penalties, version);
  }

  public Expert exit(String by, Instant at, String reason) {
    require(ExpertState.ACTIVE, ExpertState.SUSPENDED, ExpertState.CANDIDATE);
    return new Expert(id, region, ExpertState.EXITED, profile, appliedAt, by, at, reason, null, reviewDue,
        penalties, version);
  }

  /** A decision penalising the expert for a tendering violation: never drawn again while it stands. */
  public Expert penalised(String by, Instant at, String decision) {
    List<String> all = new ArrayList<>(penalties);
    all.add(decision);
    return new Expert(id, region, state, profile, appliedAt, by, at, decision, suspendedUntil, reviewDue, all, version);
  }

  public Expert withVersion(long stored) {
    return new Expert(id, region, state, profile, appliedAt, decidedBy, decidedAt, note, suspendedUntil, reviewDue,
        penalties, stored);
  }

  /**
   * Why the expert may not serve on {@code day}, as a message code ({@code expert.recusal.*}), or
   * empty when the expert may: in the pool and not suspended that day, under the age limit, every
   * certificate valid, the annual review not overdue, no penalty.
   */
  public Optional<String> unavailableOn(LocalDate day, ExpertRules rules) {
    boolean suspended = state == ExpertState.SUSPENDED && (suspendedUntil == null || !day.isAfter(suspendedUntil));
    if (state != ExpertState.ACTIVE && !(state == ExpertState.SUSPENDED && !suspended)) {
      return Optional.of(suspended ? "expert.recusal.suspended" : "expert.recusal.notInPool");
    }
    if (profile.birthDate() == null || Period.between(profile.birthDate(), day).getYears() >= rules.maxAge()) {
      return Optional.of("expert.recusal.age");
    }
    if (profile.certificates().stream().anyMatch(c -> !c.validOn(day))) {
      return Optional.of("expert.recusal.qualification");
    }
    if (reviewDue != null && day.isAfter(reviewDue)) {
      return Optional.of("expert.recusal.reviewOverdue");
    }
    if (!penalties.isEmpty()) {
      return Optional.of("expert.recusal.penalised");
    }
    return Optional.empty();
  }

  private void require(ExpertState... allowed) {
    for (ExpertState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new StateConflictException("expert.state.conflict", "state");
  }
}
