package cn.ggzy.server.domain.model.rigging;

/**
 * The same unusual writing in two bid files: both write {@code written} where the tender's template
 * or the other bids write {@code usual} (one character apart), and no other file of the section
 * contains it. Offsets are character positions in each file's text.
 */
public record SharedError(String bidderA, String bidderB, String written, String usual, int offsetA, int offsetB) {}
