package cn.ggzy.server.domain.model.enforcement;

import java.util.List;
import java.util.Objects;

/**
 * A text the system wrote (a case title, a summary line), kept as a message key with its
 * arguments so that each reader sees it in their own language; an argument is either a value
 * (a date, a number, the filer's own words) or another message key (a kind, a matter).
 */
public record Phrase(String key, List<Arg> args) {
  public Phrase {
    Objects.requireNonNull(key, "key");
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static Phrase of(String key, Arg... args) {
    return new Phrase(key, List.of(args));
  }

  /** A value as it is, or (with {@code key}) the text of another message key. */
  public record Arg(String key, String value) {
    public static Arg value(String value) {
      return new Arg(null, value);
    }

    public static Arg code(String key) {
      return new Arg(Objects.requireNonNull(key), null);
    }
  }
}
