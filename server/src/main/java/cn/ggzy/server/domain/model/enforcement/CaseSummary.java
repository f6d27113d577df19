package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;

/** One line of an inbox (read from the database without loading the whole case). */
public record CaseSummary(CaseId id, CaseNumber number, TenantId owner, String title,
    CaseSource source, CaseStatus status, String assignee, String assigneeName, Instant receivedAt,
    Instant due, boolean pausedClock, Integer missingCalendarYear, Boolean acceptedOnTime,
    Boolean completedOnTime, Instant acceptedAt, Instant decidedAt, Phrase titlePhrase, boolean lateFiling) {}
