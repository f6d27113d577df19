package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/**
 * 提请取消评标资格: the supervision office's formal request to the body that keeps the expert's
 * qualification (the provincial or prefectural bureau), from the case that found the violation,
 * tracked until it is answered. When the qualification is cancelled the expert leaves the pool.
 *
 * @param tenant the office that asks
 * @param addressee the body asked, as written on the letter (e.g. 黄冈市公共资源交易监督管理局)
 */
public record Disqualification(String id, TenantId tenant, String expertId, String caseNumber, String facts,
    String legalBasis, String addressee, State state, String sentBy, Instant sentAt, String answerNote,
    Instant answeredAt, String recordedBy, long version) {
  /** Where the request stands. */
  public enum State {
    /** Sent, waiting for the answer. */
    SENT,
    /** The qualification was cancelled. */
    CANCELLED,
    /** The body declined to cancel it. */
    DECLINED
  }

  public static Disqualification sent(String id, TenantId tenant, String expertId, String caseNumber, String facts,
      String legalBasis, String addressee, String by, Instant at) {
    return new Disqualification(id, tenant, expertId, caseNumber, facts, legalBasis, addressee, State.SENT, by, at,
        null, null, null, 0);
  }

  /** The body's answer, recorded by the office. */
  public Disqualification answered(boolean cancelled, String note, String by, Instant at) {
    if (state != State.SENT) {
      throw new StateConflictException("expert.disqualification.answered", "state");
    }
    return new Disqualification(id, tenant, expertId, caseNumber, facts, legalBasis, addressee,
        cancelled ? State.CANCELLED : State.DECLINED, sentBy, sentAt, note, at, by, version);
  }

  public Disqualification withVersion(long stored) {
    return new Disqualification(id, tenant, expertId, caseNumber, facts, legalBasis, addressee, state, sentBy, sentAt,
        answerNote, answeredAt, recordedBy, stored);
  }
}
