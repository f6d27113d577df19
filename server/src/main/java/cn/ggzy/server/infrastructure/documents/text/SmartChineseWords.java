package cn.ggzy.server.infrastructure.documents.text;

import cn.ggzy.server.domain.model.review.WordSegmenter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese words by Lucene's smartcn (hidden-Markov-model segmentation with its own dictionary,
 * Apache 2.0), without stop words, so that 的 and 了 count like any other word. Thread-safe: the
 * analyzer reuses a token stream per thread.
 */
@ApplicationScoped
public class SmartChineseWords implements WordSegmenter {
  private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

  @Override
  public List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String w = term.toString();
        if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
          words.add(w);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
