package cn.ggzy.webui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.account.Role;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {
  DefaultI18NProvider provider = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));

  @Test
  void everyKeyExistsInBothLanguages() throws IOException {
    Set<String> chinese = keys("vaadin-i18n/translations.properties");
    Set<String> english = keys("vaadin-i18n/translations_en.properties");
    assertEquals(chinese, english);
  }

  @Test
  void chineseIsServedForZhCnEvenWhenTheJvmDefaultIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("系统管理员", provider.getTranslation("role.SYSTEM_ADMIN", Language.CHINESE));
      assertEquals("System administrator", provider.getTranslation("role.SYSTEM_ADMIN", Language.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyRoleHasANameInBothLanguages() {
    for (Role role : Role.values()) {
      for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
        String name = provider.getTranslation(RoleNames.key(role), locale);
        assertTrue(!name.startsWith("!{"), role + " has no name in " + locale);
      }
    }
  }

  @Test
  void roleNamesAreJoinedInTheLanguagesWay() {
    var roles = Set.of(Role.OFFICE_OFFICER, Role.SYSTEM_ADMIN);
    assertEquals("系统管理员、监管办工作人员",
        RoleNames.names(roles, key -> provider.getTranslation(key, Language.CHINESE)));
    assertEquals("System administrator, Office officer",
        RoleNames.names(roles, key -> provider.getTranslation(key, Language.ENGLISH)));
  }

  @Test
  void theCookieValueChoosesTheLanguage() {
    assertEquals(Language.ENGLISH, Language.parse("en"));
    assertEquals(Language.CHINESE, Language.parse("zh-CN"));
    assertEquals(Language.CHINESE, Language.parse("anything else"));
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
