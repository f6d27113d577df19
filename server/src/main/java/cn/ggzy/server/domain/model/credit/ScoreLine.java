package cn.ggzy.server.domain.model.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record's part of a score: {@code points} of its kind × {@code factor} (0.5 to the power of its
 * age over the half-life, rounded to 3 places; 0 beyond the horizon) = {@code contribution}
 * (rounded to 1 place). The lines and the base add up to the total exactly.
 */
public record ScoreLine(RecordId recordId, RecordKind kind, LocalDate decidedOn, String caseNumber,
    String department, int points, long ageDays, BigDecimal factor, boolean beyondHorizon,
    BigDecimal contribution) {}
