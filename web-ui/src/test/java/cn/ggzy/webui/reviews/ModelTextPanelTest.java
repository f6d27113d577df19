package cn.ggzy.webui.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.webui.cases.UiTexts;
import cn.ggzy.webui.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region's model texts as cards; the office imports one with its name and file, refusals at their fields. */
class ModelTextPanelTest {
  private static final byte[] FILE = "第一章 招标公告".getBytes(StandardCharsets.UTF_8);
  private final List<String> imported = new ArrayList<>();

  private ModelTextPanel panel(boolean keeper) {
    ModelTextPanel panel = new ModelTextPanel(UiTexts.chinese(), Language.CHINESE, keeper);
    panel.onImport((name, fileName, content) -> {
      imported.add(name + " · " + fileName);
      assertArrayEquals(FILE, content);
    });
    return panel;
  }

  @Test
  void everyoneReadsTheListOnlyTheOfficeImports() {
    ModelTextPanel reader = panel(false);
    assertFalse(reader.form.isVisible());
    reader.show(List.of());
    assertEquals("本地区还没有范本", reader.list.getElement().getTextRecursively());
    reader.show(List.of(ModelComparisonTest.MODEL, ModelComparisonTest.OLDER));
    String text = reader.list.getElement().getTextRecursively();
    for (String expected : List.of("施工招标文件范本（2026年版）", "范本.docx", "120 条", "jgb.rules · 2026年12月14日 10:05",
        "施工招标文件范本（2020年版）")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertEquals(2, reader.list.getComponentCount());
    assertTrue(panel(true).form.isVisible());
  }

  @Test
  void aNameAndAFileAreNeededAndSentAsGiven() {
    ModelTextPanel panel = panel(true);
    panel.submit.click();
    assertEquals(List.of(), imported);
    assertTrue(panel.name.isInvalid());
    assertEquals("请填写范本名称", panel.name.getErrorMessage());
    assertTrue(panel.file.error.isVisible());
    assertEquals("请选择范本文件", panel.file.error.getText());
    panel.name.setValue("  施工招标文件范本（2026年版） ");
    panel.file.received("范本.docx", FILE);
    panel.submit.click();
    assertEquals(List.of("施工招标文件范本（2026年版） · 范本.docx"), imported);
    assertTrue(panel.showFieldError("name", "请填写范本名称（2 至 200 个字）"));
    assertTrue(panel.name.isInvalid());
    assertTrue(panel.showFieldError("file", "文件无法读取"));
    assertEquals("文件无法读取", panel.file.error.getText());
    assertFalse(panel.showFieldError("rules", "x"));
    panel.imported();
    assertEquals("", panel.name.getValue());
    assertFalse(panel.file.hasFile());
  }
}
