package cn.ggzy.server.domain.model.dispatch;

/**
 * A thing whose facts are counted: its kind ({@code case}, {@code warning}, {@code inspection},
 * {@code blacklist}, {@code redlist}), its id and a short label for the list behind a figure (a case
 * number and title, a project name; never a person's identity).
 */
public record Counted(String kind, String id, String label) {}
