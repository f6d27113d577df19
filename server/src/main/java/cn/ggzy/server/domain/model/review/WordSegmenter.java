package cn.ggzy.server.domain.model.review;

import java.util.List;

/** Splits Chinese text into words (a maintained segmenter in infrastructure); punctuation is dropped. */
public interface WordSegmenter {
  List<String> words(String text);
}
