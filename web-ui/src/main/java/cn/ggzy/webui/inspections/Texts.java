package cn.ggzy.webui.inspections;

/** The translation of a key with parameters (the view's {@code getTranslation}). */
@FunctionalInterface
public interface Texts {
  String get(String key, Object... params);
}
