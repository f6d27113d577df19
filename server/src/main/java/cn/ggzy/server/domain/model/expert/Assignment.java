package cn.ggzy.server.domain.model.expert;

import java.time.Instant;

/**
 * An invitation of a drawn expert: the specialty and round it came from, the answer, and the
 * SHA-256 of the reply token sent to the expert (the token itself is never stored). {@code replaced}
 * once a later round has drawn someone in the expert's place.
 */
public record Assignment(String expertId, String specialty, int round, AssignmentStatus status, Instant invitedAt,
    Instant replyBy, Instant answeredAt, String reason, String tokenHash, boolean replaced) {
  Assignment answered(AssignmentStatus answer, Instant at, String why) {
    return new Assignment(expertId, specialty, round, answer, invitedAt, replyBy, at, why, tokenHash, replaced);
  }

  Assignment replacedNow() {
    return new Assignment(expertId, specialty, round, status, invitedAt, replyBy, answeredAt, reason, tokenHash, true);
  }
}
