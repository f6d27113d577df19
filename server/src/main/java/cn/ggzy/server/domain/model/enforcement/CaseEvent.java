package cn.ggzy.server.domain.model.enforcement;

import java.time.Instant;

/** One line of a case's timeline: who did what, when, the status before and after, a note. */
public record CaseEvent(Instant at, String actor, String actorName, String action, CaseStatus from,
    CaseStatus to, String note) {}
