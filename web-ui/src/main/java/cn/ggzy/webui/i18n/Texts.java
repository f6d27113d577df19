package cn.ggzy.webui.i18n;

import java.io.Serializable;

/**
 * A page's translations: a key of {@code translations*.properties} with optional parameters (the
 * view passes its {@code getTranslation}), handed to its forms and grids. Serializable, so that a
 * component holding it survives session serialization.
 */
@FunctionalInterface
public interface Texts extends Serializable {
  String get(String key, Object... params);
}
