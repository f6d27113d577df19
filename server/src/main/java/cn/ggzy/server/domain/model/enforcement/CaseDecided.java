package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A case's decision was approved (APPROVE_DECISION): fired by the case register after the case is
 * stored, so that other areas can follow it (a credit record for a penalty or a founded complaint).
 * {@code respondentCreditCode} is the respondent's 统一社会信用代码 when known, else null;
 * {@code originReference} is what the case was registered from (e.g. {@code warning:W…}), or null.
 */
public record CaseDecided(CaseId caseId, CaseNumber caseNumber, TenantId owner, DecisionKind kind,
    String decisionText, String respondentName, String respondentCreditCode, Instant decidedAt,
    String originReference) {
  public CaseDecided {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
