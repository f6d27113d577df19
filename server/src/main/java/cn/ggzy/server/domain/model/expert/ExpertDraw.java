package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.expert.ExpertRecusal.Recused;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The draw of experts for one tender section, owned by the requesting department. Immutable: each
 * step gives the next state, stored at the version read. The panel (who was drawn) stays sealed
 * until the evaluation starts: {@link #sealed} decides, the application refuses every read of it
 * before, and audits every read after.
 *
 * @param recused the experts recused at each round with the reason (internal: the office's record)
 * @param ratings 一标一评: the supervising officer's rating of each expert of the panel
 */
public record ExpertDraw(String id, TenantId tenant, DrawRequest request, DrawState state, List<DrawRound> rounds,
    List<Assignment> assignments, List<Recused> recused, List<Rating> ratings, String createdBy, Instant createdAt,
    long version) {
  public ExpertDraw {
    rounds = List.copyOf(rounds);
    assignments = List.copyOf(assignments);
    recused = List.copyOf(recused);
    ratings = List.copyOf(ratings);
  }

  /** A new draw whose first round is committed. */
  public static ExpertDraw committed(String id, TenantId tenant, DrawRequest request, DrawRound first,
      List<Recused> recused, String by, Instant at) {
    return new ExpertDraw(id, tenant, request, DrawState.COMMITTED, List.of(first), List.of(), recused, List.of(), by,
        at, 0);
  }

  /** Whether the panel is still sealed at {@code now} (before the evaluation starts). */
  public boolean sealed(Instant now) {
    return now.isBefore(request.evaluationStart());
  }

  public DrawRound round(int number) {
    return rounds.get(number - 1);
  }

  /** Round 1 drawn with the witness's value; the drawn experts invited. */
  public ExpertDraw drawn(String witness, String value, Instant at, String by, ExpertDrawResult result,
      List<Assignment> invitations) {
    if (state != DrawState.COMMITTED) {
      throw new StateConflictException("expert.draw.state", "state");
    }
    List<DrawRound> all = new ArrayList<>(rounds);
    all.set(0, rounds.get(0).withDraw(witness, value, at, by, result.canonicalJson()));
    return new ExpertDraw(id, tenant, request, DrawState.DRAWN, all, invitations, recused, ratings, createdBy, createdAt,
        version);
  }

  /** The expert holding the token answers; refused when the token is unknown, answered already or too late. */
  public ExpertDraw answer(String tokenHash, boolean accept, String reason, Instant at) {
    Assignment a = invitation(tokenHash).orElseThrow(() -> new DomainException("expert.reply.notFound", "token"));
    if (a.status() == AssignmentStatus.NO_ANSWER) {
      throw new StateConflictException("expert.reply.late", "token");
    }
    if (state != DrawState.DRAWN || a.status() != AssignmentStatus.INVITED) {
      throw new StateConflictException("expert.reply.answered", "token");
    }
    if (at.isAfter(a.replyBy())) {
      throw new StateConflictException("expert.reply.late", "token");
    }
    return withAssignment(a, a.answered(accept ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED, at, reason));
  }

  public Optional<Assignment> invitation(String tokenHash) {
    return assignments.stream().filter(a -> a.tokenHash().equals(tokenHash)).findFirst();
  }

  /** Invitations unanswered after their time become NO_ANSWER. */
  public ExpertDraw expired(Instant now) {
    List<Assignment> all = assignments.stream().map(a -> a.status() == AssignmentStatus.INVITED
        && now.isAfter(a.replyBy()) ? a.answered(AssignmentStatus.NO_ANSWER, now, null) : a).toList();
    return new ExpertDraw(id, tenant, request, state, rounds, all, recused, ratings, createdBy, createdAt, version);
  }

  /** Those who declined or did not answer and have no replacement yet. */
  public List<Assignment> toReplace() {
    return state != DrawState.DRAWN ? List.of() : assignments.stream()
        .filter(a -> !a.replaced() && !a.status().onPanel()).toList();
  }

  /** A replacement round drawn: the replaced marked, the newly drawn invited. */
  public ExpertDraw replaced(List<Assignment> replacedOnes, DrawRound round, List<Assignment> invitations,
      List<Recused> recusedNow) {
    Set<String> gone = replacedOnes.stream().map(Assignment::tokenHash).collect(Collectors.toSet());
    List<Assignment> all = new ArrayList<>(assignments.stream()
        .map(a -> gone.contains(a.tokenHash()) ? a.replacedNow() : a).toList());
    all.addAll(invitations);
    List<DrawRound> allRounds = new ArrayList<>(rounds);
    allRounds.add(round);
    List<Recused> allRecused = new ArrayList<>(recused);
    allRecused.addAll(recusedNow);
    return new ExpertDraw(id, tenant, request, state, allRounds, all, allRecused, ratings, createdBy, createdAt,
        version);
  }

  public ExpertDraw cancelled() {
    if (state == DrawState.CANCELLED) {
      throw new StateConflictException("expert.draw.state", "state");
    }
    return new ExpertDraw(id, tenant, request, DrawState.CANCELLED, rounds, assignments, recused, ratings, createdBy,
        createdAt, version);
  }

  /**
   * 一标一评: the supervising officer rates an expert of the panel once the evaluation has started;
   * once per expert. Refused for one who declined or did not answer, and before the start.
   */
  public ExpertDraw rated(Rating rating, Instant now) {
    if (state != DrawState.DRAWN || sealed(now)) {
      throw new StateConflictException("expert.rating.notYet", "expertId");
    }
    if (panel().stream().noneMatch(a -> a.expertId().equals(rating.expertId()))) {
      throw new DomainException("expert.rating.notOnPanel", "expertId");
    }
    if (ratings.stream().anyMatch(r -> r.expertId().equals(rating.expertId()))) {
      throw new StateConflictException("expert.rating.done", "expertId");
    }
    List<Rating> all = new ArrayList<>(ratings);
    all.add(rating);
    return new ExpertDraw(id, tenant, request, state, rounds, assignments, recused, all, createdBy, createdAt, version);
  }

  /** The expert's rating of this draw went into the credit file as {@code recordId}; once only. */
  public ExpertDraw ratingInCredit(String expertId, String recordId) {
    Rating rating = ratings.stream().filter(r -> r.expertId().equals(expertId)).findFirst()
        .orElseThrow(() -> new DomainException("expert.rating.notFound", "expertId"));
    if (rating.creditRecord() != null) {
      throw new StateConflictException("expert.rating.inCredit", "expertId");
    }
    List<Rating> all = ratings.stream().map(r -> r == rating ? r.inCredit(recordId) : r).toList();
    return new ExpertDraw(id, tenant, request, state, rounds, assignments, recused, all, createdBy, createdAt, version);
  }

  /** Everyone invited for this draw, whatever the answer (never invited twice). */
  public Set<String> invited() {
    return assignments.stream().map(Assignment::expertId).collect(Collectors.toSet());
  }

  /** The panel now: invited or accepted, in the order drawn. */
  public List<Assignment> panel() {
    return assignments.stream().filter(a -> a.status().onPanel()).toList();
  }

  public ExpertDraw withVersion(long stored) {
    return new ExpertDraw(id, tenant, request, state, rounds, assignments, recused, ratings, createdBy, createdAt, stored);
  }

  private ExpertDraw withAssignment(Assignment old, Assignment now) {
    List<Assignment> all = assignments.stream().map(a -> a == old ? now : a).toList();
    return new ExpertDraw(id, tenant, request, state, rounds, all, recused, ratings, createdBy, createdAt, version);
  }
}
