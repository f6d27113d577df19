package cn.ggzy.webui.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.ggzy.server.application.IntakeViews.Author;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every choice on the public forms has a name in both languages; the texts with values read well. */
class PublicTextsTest {
  final DefaultI18NProvider provider = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.CHINESE));

  @Test
  void everyChoiceHasANameInBothLanguages() {
    Stream<String> keys = Stream.of(
        Stream.of(Matter.values()).map(m -> "matter." + m.name()),
        Stream.of(Industry.values()).map(i -> "industry." + i.name()),
        Stream.of(ObjectionSubject.values()).map(o -> "objection." + o.name()),
        Stream.of(PersonKind.values()).map(p -> "personKind." + p.name()),
        Stream.of(EvidenceRole.values()).map(r -> "evidenceRole." + r.name()),
        Stream.of(Kind.values()).map(k -> "kind." + k.name()),
        Stream.of(Author.values()).map(a -> "tracking.author." + a.name())).flatMap(s -> s);
    keys.forEach(key -> {
      for (Locale locale : List.of(Language.CHINESE, Language.ENGLISH)) {
        String text = provider.getTranslation(key, locale);
        assertFalse(text.isBlank() || text.startsWith("!{"), key + " has no text in " + locale);
      }
    });
  }

  @Test
  void theMatterTypesAreTheOnesOfTheRules() {
    assertEquals("围标串标、弄虚作假、规避招标/应招未招、排斥潜在投标人或歧视性条款、评标不公、违法转包分包、干部插手干预、其他",
        String.join("、", Stream.of(Matter.values()).map(m -> provider.getTranslation("matter." + m.name(),
            Language.CHINESE)).toList()));
  }

  @Test
  void theTextsWithValuesReadWellInBothLanguages() {
    assertEquals("每个文件不超过20 MB，全部文件合计不超过50 MB，最多10个。可以上传：图片、PDF。",
        provider.getTranslation("evidence.limits", Language.CHINESE, "20 MB", "50 MB", 10, "图片、PDF"));
    assertEquals("Each file up to 20 MB, all files together up to 50 MB, at most 10 files. Allowed: images, PDF.",
        provider.getTranslation("evidence.limits", Language.ENGLISH, "20 MB", "50 MB", 10, "images, PDF"));
    assertEquals("查询尝试过于频繁，请稍后再试（还需等待30秒）",
        provider.getTranslation("public.retryAfter", Language.CHINESE, "查询尝试过于频繁，请稍后再试", 30L));
    assertEquals("Too many attempts (wait 30 s)",
        provider.getTranslation("public.retryAfter", Language.ENGLISH, "Too many attempts", 30L));
    assertEquals("\"photo.exe\" was not uploaded: not accepted",
        provider.getTranslation("evidence.refused", Language.ENGLISH, "photo.exe", "not accepted"));
  }
}
