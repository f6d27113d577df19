package cn.ggzy.server.domain.model.review;

/** A highlighted part of a clause's text, {@code [start, end)}. */
public record Span(int start, int end) {
}
