package cn.ggzy.server.domain.model.draw;

/** This candidate must not be drawn for this item (a declared conflict, a recent engagement, …), by their ids. */
public record Exclusion(String candidate, String item) {}
