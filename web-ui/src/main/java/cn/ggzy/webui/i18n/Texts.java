package cn.ggzy.webui.i18n;

/** A page's translations with parameters ({@code getTranslation}), handed to its forms. */
@FunctionalInterface
public interface Texts {
  String get(String key, Object... params);
}
