package cn.ggzy.server.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notification to be delivered: written in the same atomic write as the case change that causes
 * it (the case's outbox), or created by the deadline scan. Its id is deterministic (the same change
 * or the same due alert always has the same id), so delivering it twice is impossible: every
 * recipient's copy is stored under {@code id + "/" + login}.
 *
 * @param actor the officer whose action caused it (never told of his own action), or null
 * @param due the deadline an alert is about, or null
 * @param outcome how an approval was decided ({@code APPROVED} or {@code REFUSED}), else null
 */
public record NotificationIntent(String id, NotificationKind kind, CaseRef subject, Instant at, String actor,
    String actorName, Instant due, List<Audience> audiences, String outcome) {

  public NotificationIntent(String id, NotificationKind kind, CaseRef subject, Instant at, String actor,
      String actorName, Instant due, List<Audience> audiences) {
    this(id, kind, subject, at, actor, actorName, due, audiences, null);
  }

  public NotificationIntent {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(at);
    audiences = List.copyOf(audiences);
  }

  /** The id of a deadline alert: one per case, kind and deadline, whichever node finds it due. */
  public static String alertId(String caseId, NotificationKind kind, Instant due) {
    return caseId + ":" + kind.name() + ":" + due.toEpochMilli();
  }

  /** The id of a notification caused by the change that made the timeline {@code timelineSize} long. */
  public static String changeId(String caseId, int timelineSize, NotificationKind kind) {
    return caseId + ":" + timelineSize + ":" + kind.name();
  }
}
