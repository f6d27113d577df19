package cn.ggzy.server.domain.model.review;

/** A paragraph of a document as read from its file, with the page it stands on (1-based). */
public record Paragraph(int page, String text) {
}
