package cn.ggzy.server.infrastructure.documents.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines of a given width: a line may break after any Chinese character;
 * a run of Latin letters and digits (a project code, a year) stays whole unless it is longer than
 * a line. Closing punctuation never starts a line and opening punctuation never ends one (the
 * character before is carried down with it). Each {@code \n} starts a new paragraph.
 */
final class LineWrapper {
  /** The width of a piece of text in points. */
  interface Measure {
    float width(String text);
  }

  private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’％…—,.;:!?)]}%";
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

  private LineWrapper() {}

  static List<String> wrap(String text, float width, Measure measure) {
    return wrap(text, width, width, measure);
  }

  /** Lines of {@code text}; the first line of each paragraph has its own width (an indent). */
  static List<String> wrap(String text, float firstLineWidth, float width, Measure measure) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
      wrapParagraph(paragraph, firstLineWidth, width, measure, lines);
    }
    return lines;
  }

  private static void wrapParagraph(String paragraph, float firstLineWidth, float width,
      Measure measure, List<String> lines) {
    List<String> line = new ArrayList<>();
    float used = 0;
    float limit = firstLineWidth;
    boolean continued = false;
    for (String unit : units(paragraph, Math.min(firstLineWidth, width), measure)) {
      if (continued && line.isEmpty() && unit.isBlank()) {
        continue;
      }
      float unitWidth = measure.width(unit);
      if (used + unitWidth <= limit || line.isEmpty()) {
        line.add(unit);
        used += unitWidth;
        continue;
      }
      List<String> carried = new ArrayList<>();
      if (NO_LINE_START.contains(unit) && line.size() > 1) {
        carried.add(0, line.remove(line.size() - 1));
      }
      while (line.size() > 1 && NO_LINE_END.contains(line.get(line.size() - 1))) {
        carried.add(0, line.remove(line.size() - 1));
      }
      lines.add(String.join("", line).stripTrailing());
      line = carried;
      limit = width;
      continued = true;
      if (!line.isEmpty() || !unit.isBlank()) {
        line.add(unit);
      }
      used = (float) line.stream().mapToDouble(measure::width).sum();
    }
    lines.add(String.join("", line).stripTrailing());
  }

  /** Single characters, except runs of Latin letters and digits that fit on a line. */
  private static List<String> units(String paragraph, float width, Measure measure) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < paragraph.length()) {
      int end = i;
      while (end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
        end++;
      }
      if (end > i + 1 && measure.width(paragraph.substring(i, end)) <= width) {
        units.add(paragraph.substring(i, end));
        i = end;
        continue;
      }
      end = Math.max(end, paragraph.offsetByCodePoints(i, 1));
      paragraph.substring(i, end).codePoints().forEach(c -> units.add(Character.toString(c)));
      i = end;
    }
    return units;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
