package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import cn.ggzy.webui.i18n.Language;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The specialty code list as people read it, in the page's language: a code with its name
 * ({@code A0101 建筑工程施工}), and for a choice also its class ({@code A0101 建筑工程施工（房屋建筑工程）}),
 * so that two sub-classes of the same name (工程造价 of buildings, of roads…) are told apart.
 */
public final class SpecialtyNames implements Serializable {
  private final Map<String, SpecialtyView> byCode = new LinkedHashMap<>();
  private final Locale locale;

  public SpecialtyNames(List<SpecialtyView> all, Locale locale) {
    all.forEach(s -> byCode.put(s.code(), s));
    this.locale = locale;
  }

  /** The specialties experts can hold and be drawn for (classes without sub-classes), in the list's order. */
  public List<SpecialtyView> drawable() {
    return byCode.values().stream().filter(SpecialtyView::drawable).toList();
  }

  public SpecialtyView find(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** {@code A0101 建筑工程施工}; an unknown code as it is. */
  public String name(String code) {
    SpecialtyView s = find(code);
    return s == null ? (code == null ? "" : code) : s.code() + " " + text(s);
  }

  /** A choice: code, name and the name of its class. */
  public String label(SpecialtyView s) {
    SpecialtyView parent = find(s.parent());
    String own = s.code() + " " + text(s);
    if (parent == null) {
      return own;
    }
    return Language.isEnglish(locale) ? own + " (" + text(parent) + ")" : own + "（" + text(parent) + "）";
  }

  /** Several codes, each with its name, in the language's list form. */
  public String names(List<String> codes) {
    return codes.stream().map(this::name).collect(Collectors.joining(Language.isEnglish(locale) ? ", " : "、"));
  }

  private String text(SpecialtyView s) {
    return Language.isEnglish(locale) ? s.nameEn() : s.nameZh();
  }
}
