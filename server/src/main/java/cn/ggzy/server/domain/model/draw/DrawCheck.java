package cn.ggzy.server.domain.model.draw;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One check of a published draw: passed or not, with what was found as a message key (or an error
 * code) and its arguments, so that each reader gets it in their own language.
 */
public record DrawCheck(String name, boolean passed, String finding, List<String> arguments) {
  public DrawCheck {
    arguments = List.copyOf(arguments);
  }

  public static DrawCheck of(String name, boolean passed, String finding, String... arguments) {
    return new DrawCheck(name, passed, finding, List.of(arguments));
  }

  /** The first id given twice in a document, if any (a hand-edited document may repeat one). */
  public static Optional<String> repeated(List<String> ids) {
    Set<String> seen = new HashSet<>();
    return ids.stream().filter(id -> !seen.add(id)).findFirst();
  }
}
