package cn.ggzy.server.domain.model.review;

import java.util.List;

/**
 * What a rule found in a clause: the rule (id and version), its category and severity, the parts
 * of the clause to highlight, and for a numeric check what was compared ({@code 投标保证金 3% > 2%}).
 */
public record Finding(Clause clause, String ruleId, int ruleVersion, ClauseCategory category,
    Severity severity, List<Span> spans, String measured) {
}
