package cn.ggzy.server.domain.model.warning;

/**
 * A short excerpt of text two bid files share, with its character offset in the first and in the
 * second file of the evidence's bidders.
 */
public record Passage(String text, int offsetA, int offsetB) {}
