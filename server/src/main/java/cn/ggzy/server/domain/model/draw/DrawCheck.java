package cn.ggzy.server.domain.model.draw;

import java.util.List;

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
}
