package cn.ggzy.webui.experts;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import cn.ggzy.server.domain.model.expert.Specialties;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The platform's specialty list as the pool answers it, and texts (the real ones, or keys with parameters). */
public final class ExpertTestData {
  /** Texts that show their key (and parameters). */
  public static final Texts KEYS = (key, params) -> params.length == 0 ? key : key + Arrays.toString(params);
  private static final DefaultI18NProvider PROVIDER = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));
  /** A valid resident ID of someone born on 1 January 1980 in 麻城市. */
  public static final String RESIDENT_ID = "421181198001010016";

  private ExpertTestData() {}

  /** What {@code ExpertPool.specialties()} answers: the shipped list, with which codes are drawable. */
  public static List<SpecialtyView> specialties() {
    Specialties list = Specialties.standard();
    return list.all().stream().map(s -> new SpecialtyView(s.code(), s.nameZh(), s.nameEn(), s.parent(),
        list.drawable(s.code()))).toList();
  }

  public static SpecialtyNames names(Locale locale) {
    return new SpecialtyNames(specialties(), locale);
  }

  /** The real translation files, as the running UI reads them. */
  public static Texts texts(Locale locale) {
    return (key, params) -> PROVIDER.getTranslation(key, locale, params);
  }

  public static Texts chinese() {
    return texts(Language.CHINESE);
  }

  public static Texts english() {
    return texts(Language.ENGLISH);
  }
}
