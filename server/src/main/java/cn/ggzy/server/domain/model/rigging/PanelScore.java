package cn.ggzy.server.domain.model.rigging;

/** One expert's score of one bidder on one scoring item ({@code ""} = the whole bid). */
public record PanelScore(String expert, String bidder, String item, double score) {}
