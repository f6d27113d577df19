package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/** An approval or refusal on record, with both persons and both reasons. */
public record ApprovalRecord(ApprovalKind kind, String requestedBy, Instant requestedAt,
    String requestReason, String decidedBy, String decidedByName, Instant decidedAt,
    boolean approved, String decisionReason, int workingDays) {}
