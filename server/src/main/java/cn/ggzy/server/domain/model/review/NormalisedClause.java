package cn.ggzy.server.domain.model.review;

/**
 * A clause's text as the rules read it, with the way back to the original: full-width letters and
 * digits folded to ASCII and white space removed (PDF text layers break lines and space out
 * characters inside words). {@link #origin} maps a position of the folded text to the original.
 */
final class NormalisedClause {
  final String text;
  private final int[] origin;
  private final int length;

  private NormalisedClause(String text, int[] origin, int length) {
    this.text = text;
    this.origin = origin;
    this.length = length;
  }

  static NormalisedClause of(String original) {
    String folded = Quantities.widthFolded(original);
    StringBuilder b = new StringBuilder(folded.length());
    int[] origin = new int[folded.length() + 1];
    for (int i = 0; i < folded.length(); i++) {
      char ch = folded.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0') {
        continue;
      }
      origin[b.length()] = i;
      b.append(ch);
    }
    origin[b.length()] = folded.length();
    return new NormalisedClause(b.toString(), origin, original.length());
  }

  /** The original span of a folded span {@code [start, end)}. */
  Span original(int start, int end) {
    int from = origin[start];
    int to = end == 0 ? 0 : Math.min(length, origin[end - 1] + 1);
    return new Span(from, to);
  }
}
