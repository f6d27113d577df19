package cn.ggzy.webui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertPool.SpecialtyView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Specialties are chosen among the drawable ones, each with its code, name and class. */
class SpecialtyNamesTest {
  @Test
  void onlyDrawableSpecialtiesAreOfferedEachWithItsClass() {
    SpecialtyNames names = ExpertTestData.names(Locale.SIMPLIFIED_CHINESE);
    List<String> codes = names.drawable().stream().map(SpecialtyView::code).toList();
    assertTrue(codes.contains("A0101") && codes.contains("C0202"), codes.toString());
    assertFalse(codes.contains("A") || codes.contains("A01"), "classes with sub-classes are not drawable: " + codes);
    assertEquals("A0106 工程造价（房建）（房屋建筑工程）", names.label(names.find("A0106")));
    assertEquals("A0204 工程造价（市政）（市政公用工程）", names.label(names.find("A0204")));
  }

  @Test
  void codesReadAsCodeAndNameInTheLanguagesListForm() {
    assertEquals("A0101 建筑工程施工、C0101 法律", ExpertTestData.names(Locale.SIMPLIFIED_CHINESE)
        .names(List.of("A0101", "C0101")));
    SpecialtyNames english = ExpertTestData.names(Locale.ENGLISH);
    assertEquals("A0101 Building construction, C0101 Law", english.names(List.of("A0101", "C0101")));
    assertEquals("A0101 Building construction (Building works)", english.label(english.find("A0101")));
    assertEquals("Z99", english.name("Z99"), "an unknown code as it is");
  }
}
