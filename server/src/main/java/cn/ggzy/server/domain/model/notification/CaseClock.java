package cn.ggzy.server.domain.model.notification;

import java.time.Instant;

/**
 * The running legal clock of an open case, as the deadline scan sees it.
 *
 * @param acceptance true when the acceptance clock runs, false for the completion clock
 * @param assignee the officer in charge, or null
 */
public record CaseClock(CaseRef subject, boolean acceptance, Instant due, boolean paused, String assignee) {}
