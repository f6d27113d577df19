package cn.ggzy.server.domain.model.rigging;

import java.util.Arrays;

/**
 * A text reduced to its letters and digits in lower case (punctuation, spaces and case ignored), with
 * each kept character's index in the original, as the text comparisons of bid files read it. The
 * arrays are read, never written.
 */
public class FoldedText {
  /** The kept characters, lower case. */
  public final char[] chars;
  /** {@code index[i]} is where {@code chars[i]} stands in the original text. */
  public final int[] index;

  public FoldedText(String text) {
    char[] out = new char[text.length()];
    int[] at = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out[n] = Character.toLowerCase(c);
        at[n++] = i;
      }
    }
    chars = Arrays.copyOf(out, n);
    index = Arrays.copyOf(at, n);
  }
}
