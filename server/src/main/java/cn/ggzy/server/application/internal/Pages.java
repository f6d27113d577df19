package cn.ggzy.server.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads a finder page by page (offset, limit) until a short page, or until more than {@code max} were read. */
public final class Pages {
  private Pages() {}

  public static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page, int size, int max) {
    List<T> all = new ArrayList<>();
    for (int offset = 0; ; offset += size) {
      List<T> one = page.apply(offset, size);
      all.addAll(one);
      if (one.size() < size || all.size() > max) {
        return all;
      }
    }
  }
}
