package cn.ggzy.server.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  @ParameterizedTest(name = "{0} = {2} {1}")
  @CsvSource(delimiter = '|', value = {
      "伍仟万元|YUAN|50000000",
      "五千万元|YUAN|50000000",
      "5000万元|YUAN|50000000",
      "5,000万元|YUAN|50000000",
      "¥50,000,000|YUAN|50000000",
      "￥５０，０００，０００元|YUAN|50000000",
      "人民币伍仟万元整|YUAN|50000000",
      "RMB 50000000 元|YUAN|50000000",
      "一亿五千万元|YUAN|150000000",
      "1.5亿元|YUAN|150000000",
      "壹佰贰拾万元|YUAN|1200000",
      "两千万元|YUAN|20000000",
      "贰拾万零伍仟元|YUAN|205000",
      "百分之二|PERCENT|2",
      "百分之零点五|PERCENT|0.5",
      "2％|PERCENT|2",
      "2.5 %|PERCENT|2.5",
      "千分之五|PERCENT|0.5",
      "二十日|DAYS|20",
      "20个日历日|DAYS|20",
      "十五天|DAYS|15",
      "近三年|YEARS|3",
      "满5周年|YEARS|5",
      "三名|COUNT|3",
  })
  void readsTheValueWhateverTheWriting(String text, Quantity.Kind kind, BigDecimal value) {
    List<Quantity> found = Quantities.in(text);
    assertEquals(1, found.size(), () -> text + " → " + found);
    assertEquals(kind, found.get(0).kind());
    assertEquals(0, value.compareTo(found.get(0).value()), () -> text + " → " + found.get(0).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2024年3月15日", "单位：万元", "第一章", "一般项目", "5000"})
  void datesHeadingsAndBareNumbersAreNotQuantities(String text) {
    assertTrue(Quantities.in(text).isEmpty(), () -> text + " → " + Quantities.in(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"投标保证金为人民币伍拾万元整，即500000元|2"})
  void everyQuantityOfAClauseIsFoundWithItsSpan(String text, int count) {
    List<Quantity> found = Quantities.in(text);
    assertEquals(count, found.size());
    assertEquals("人民币伍拾万元", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals(0, found.get(0).value().compareTo(found.get(1).value()));
  }
}
