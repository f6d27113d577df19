package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.draw.PanelDraw.Panel;
import cn.ggzy.server.domain.model.draw.PanelDraw.Shortage;
import cn.ggzy.server.domain.model.draw.PanelDraw.Shortfall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Panels drawn for weighted items from screened candidates. The known answer was computed with the
 * reference script's {@code HmacDrbg} and {@code below} ({@code docs/verify_draw.py}) following the
 * same steps: items A (weight 1), B (5), C (2), D (1); candidates c1–c3 of g1 and c4, c5 of g2; c1
 * excluded from B, c4 from A, c5 from C; panels of 3 mixing groups; 3 items drawn.
 */
class PanelDrawTest {
  record Item(String id, long weight) {}

  record Person(String id, String group) {}

  private final List<Item> items = List.of(new Item("A", 1), new Item("B", 5), new Item("C", 2), new Item("D", 1));
  private final List<Person> people = List.of(new Person("c1", "g1"), new Person("c2", "g1"), new Person("c3", "g1"),
      new Person("c4", "g2"), new Person("c5", "g2"));
  private final Screening<Person, Item> screening = Screening.<Person, Item>of(people, Person::id, Item::id)
      .excluding(List.of(new Exclusion("c1", "B"), new Exclusion("c4", "A")))
      .excludingWhen((person, item) -> person.id().equals("c5") && item.id().equals("C"));
  private final PanelDraw<Item, Person> draw = new PanelDraw<>(screening, Item::weight, Person::group, 3, true);

  @Test
  void theDrawGivesTheReferenceScriptsPanels() {
    assertEquals(List.of("B: c2 c5 c4", "C: c2 c1 c4", "A: c5 c2 c3"),
        text(draw.draw(items, 3, DrawStreamTest.stream())));
  }

  @Test
  void theSameInputsGiveTheSamePanelsAndAnotherSeedOthers() {
    assertEquals(text(draw.draw(items, 3, DrawStreamTest.stream())),
        text(draw.draw(items, 3, DrawStreamTest.stream())));
    assertNotEquals(text(draw.draw(items, 3, DrawStreamTest.stream())),
        text(draw.draw(items, 3, new DrawStream(seed(1), "w", seed(2)))));
  }

  @Test
  void noPanelEverHasAnExcludedOrRepeatedMemberOrOneGroupOnly() {
    for (int i = 0; i < 300; i++) {
      List<Panel<Item, Person>> panels = draw.draw(items, 4, new DrawStream(seed(i), "w", seed(-i)));
      assertEquals(4, panels.stream().map(Panel::item).distinct().count(), "every item once");
      for (Panel<Item, Person> panel : panels) {
        assertEquals(3, panel.members().stream().distinct().count());
        assertTrue(panel.members().stream().map(Person::group).distinct().count() >= 2, panel.toString());
        panel.members().forEach(p -> assertFalse(screening.excluded(p, panel.item()), panel.toString()));
      }
    }
  }

  @Test
  void anItemThatCannotBeStaffedIsNamedWithTheNumbers() {
    assertEquals(Optional.empty(), draw.shortfall(items));
    Screening<Person, Item> strict = screening.excludingWhen((person, item) -> item.id().equals("D")
        && !person.id().equals("c1"));
    Shortfall<Item> tooFew = new PanelDraw<>(strict, Item::weight, Person::group, 3, true).shortfall(items)
        .orElseThrow();
    assertEquals(new Shortfall<>(items.get(3), Shortage.TOO_FEW_CANDIDATES, 1, 3), tooFew);
    Screening<Person, Item> oneGroup = screening.excludingWhen((person, item) -> item.id().equals("C")
        && person.group().equals("g2"));
    assertEquals(Shortage.ONE_GROUP_ONLY, new PanelDraw<>(oneGroup, Item::weight, Person::group, 3, true)
        .shortfall(items).orElseThrow().shortage());
    assertEquals(Optional.empty(), new PanelDraw<>(oneGroup, Item::weight, Person::group, 3, false).shortfall(items),
        "without mixing one group is enough");
  }

  private static byte[] seed(int i) {
    return Hashes.fromHex(Hashes.sha256(("seed-" + i).getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> text(List<Panel<Item, Person>> panels) {
    return panels.stream().map(p -> p.item().id() + ": " + String.join(" ",
        p.members().stream().map(Person::id).toList())).toList();
  }
}
