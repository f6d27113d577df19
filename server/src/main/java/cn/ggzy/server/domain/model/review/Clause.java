package cn.ggzy.server.domain.model.review;

/**
 * One clause of a document with where it stands: {@code number} counts clauses from 1 over the
 * document, {@code page} and {@code paragraph} are 1-based (paragraphs counted over the document),
 * {@code offset} is where the clause starts inside its paragraph's text.
 */
public record Clause(int number, int page, int paragraph, int offset, String text) {
}
