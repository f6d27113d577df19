package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/** A step waiting for its approver: who asked, when, why (and, for an extension, how long). */
public record PendingRequest(ApprovalKind kind, String requestedBy, String requestedByName,
    Instant requestedAt, String reason, int workingDays) {}
