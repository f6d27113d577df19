package cn.ggzy.server.domain.model.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's paragraphs into clauses: a clause ends after 。；！？ (or their ASCII forms)
 * or at the end of its paragraph, and a numbered item inside a paragraph ({@code （1）}, {@code ①},
 * {@code 1、}) starts a new one. Each clause keeps its page, its paragraph's number and where it
 * starts in that paragraph, so a finding can be shown in place.
 */
public final class ClauseSplitter {
  private static final String ENDS = "。；;！!？?";
  private static final int LONGEST = 600;

  private ClauseSplitter() {
  }

  /** The clauses of the paragraphs, numbered from 1. Blank paragraphs count but give no clause. */
  public static List<Clause> split(List<Paragraph> paragraphs) {
    List<Clause> clauses = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      String text = para.text();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        boolean end = ENDS.indexOf(text.charAt(i)) >= 0 || i - start >= LONGEST;
        boolean itemStarts = i > start && startsItem(text, i);
        if (itemStarts) {
          add(clauses, para, p + 1, text, start, i);
          start = i;
        }
        if (end) {
          add(clauses, para, p + 1, text, start, i + 1);
          start = i + 1;
        }
      }
      add(clauses, para, p + 1, text, start, text.length());
    }
    return clauses;
  }

  private static boolean startsItem(String text, int i) {
    char c = text.charAt(i);
    if (c >= '①' && c <= '⑳') {
      return true;
    }
    if ((c == '（' || c == '(') && i + 2 < text.length()) {
      char d = text.charAt(i + 1);
      char close = text.charAt(i + 2);
      boolean numeral = Character.isDigit(d) || "一二三四五六七八九十".indexOf(d) >= 0;
      return numeral && (close == '）' || close == ')') && precededByBreak(text, i);
    }
    return false;
  }

  private static boolean precededByBreak(String text, int i) {
    char before = text.charAt(i - 1);
    return before == '：' || before == ':' || before == '，' || before == ',' || Character.isWhitespace(before);
  }

  private static void add(List<Clause> clauses, Paragraph para, int number, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e - s == 0 || text.substring(s, e).chars().noneMatch(Character::isLetterOrDigit)) {
      return;
    }
    clauses.add(new Clause(clauses.size() + 1, para.page(), number, s, text.substring(s, e)));
  }
}
