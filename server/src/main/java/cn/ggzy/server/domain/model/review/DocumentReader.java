package cn.ggzy.server.domain.model.review;

import java.util.List;

/**
 * Reads the text of a tender document file as paragraphs with their pages. Refuses a file it cannot
 * read with {@code review.file.type} (a kind it does not read), {@code review.file.unreadable}
 * (damaged) or {@code review.file.no-text} (a scan without a text layer).
 */
public interface DocumentReader {

  /** The paragraphs of the file, in reading order. */
  List<Paragraph> read(String fileName, byte[] content);
}
