package cn.ggzy.webui.cases;

import java.io.Serializable;

/** The UI's translations: a key of {@code translations*.properties} with optional parameters. */
@FunctionalInterface
public interface Texts extends Serializable {
  String get(String key, Object... params);
}
