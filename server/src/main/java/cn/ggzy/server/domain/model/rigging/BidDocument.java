package cn.ggzy.server.domain.model.rigging;

/** The text of one bidder's bid file (技术标/商务标) in a section. */
public record BidDocument(String bidder, String text) {}
