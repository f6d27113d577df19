package cn.ggzy.webui.credit;

/** A page's translations, with parameters (the view passes its {@code getTranslation}). */
@FunctionalInterface
public interface Texts {
  String get(String key, Object... params);
}
