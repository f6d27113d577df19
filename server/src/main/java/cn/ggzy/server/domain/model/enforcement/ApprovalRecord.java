package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/**
 * An approval or refusal on record, with both persons (login and name) and both reasons; records
 * stored before the requester's name was kept have none ({@code requestedByName} null).
 */
public record ApprovalRecord(ApprovalKind kind, String requestedBy, String requestedByName, Instant requestedAt,
    String requestReason, String decidedBy, String decidedByName, Instant decidedAt,
    boolean approved, String decisionReason, int workingDays) {}
