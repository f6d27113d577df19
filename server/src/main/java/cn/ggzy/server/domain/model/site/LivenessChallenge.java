package cn.ggzy.server.domain.model.site;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/**
 * What the server asked the person to do between the check-in's two frames, chosen at random, valid
 * once and for a few minutes (so a recorded check-in cannot be replayed).
 */
public record LivenessChallenge(TenantId department, String id, String personId, Action action, Instant issuedAt,
    Instant expiresAt) {

  /** The movement asked for. */
  public enum Action {
    /** Turn the head to the person's left (seen in the picture as the nose moving right). */
    TURN_LEFT,
    /** Turn the head to the person's right. */
    TURN_RIGHT,
    /** Close the eyes in the second frame. */
    BLINK
  }
}
