package cn.ggzy.server.domain.model.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a clause the way tender documents write them, so that checks compare
 * values and not spellings: {@code 伍仟万元}, {@code 5000万元}, {@code ¥50,000,000} and
 * {@code 人民币伍仟万元整} are all 50,000,000 yuan; {@code 2%}, {@code 2％} and {@code 百分之二} are
 * 2 percent; {@code 二十日}, {@code 20个日历日} are 20 days; full-width digits count as digits.
 */
public final class Quantities {
  private static final String CN_DIGITS = "零〇一壹二贰两兩三叁四肆五伍六陆七柒八捌九玖";
  private static final String CN_NUMBER =
      "[" + CN_DIGITS + "十拾][" + CN_DIGITS + "十拾百佰千仟万萬亿億]*(?:点[" + CN_DIGITS + "]+)?";
  private static final String AR_NUMBER = "[0-9][0-9,，]*(?:\\.[0-9]+)?";
  private static final String NUMBER = "(" + AR_NUMBER + "|" + CN_NUMBER + ")";
  private static final Pattern PERCENT = Pattern.compile(
      "(?:百分之|千分之)" + NUMBER + "|" + NUMBER + "\\s*(?:%|‰)");
  private static final Pattern MONEY = Pattern.compile(
      "(?<cur>[¥￥]|人民币|RMB)?\\s*" + NUMBER + "\\s*(?<unit>亿|千万|百万|十万|万|千)?\\s*(?<yuan>元|圆)?");
  private static final Pattern PERIOD = Pattern.compile(
      NUMBER + "\\s*(?:个)?\\s*(?<unit>日历日|工作日|自然日|日|天|周年|年)");
  private static final Pattern COUNT = Pattern.compile(NUMBER + "\\s*(?:个|项|名|人|次|家)");

  private Quantities() {
  }

  /** Every quantity of the text, in order of position; overlapping readings keep the first kind. */
  public static List<Quantity> in(String text) {
    String s = widthFolded(text);
    List<Quantity> found = new ArrayList<>();
    Matcher p = PERCENT.matcher(s);
    while (p.find()) {
      String digits = p.group(1) != null ? p.group(1) : p.group(2);
      Optional<BigDecimal> v = number(digits);
      if (v.isPresent()) {
        BigDecimal value = p.group().startsWith("千分之") || p.group().endsWith("‰")
            ? v.get().movePointLeft(1) : v.get();
        add(found, new Quantity(Quantity.Kind.PERCENT, value, p.start(), p.end()));
      }
    }
    Matcher m = MONEY.matcher(s);
    while (m.find()) {
      boolean currency = m.group("cur") != null || m.group("yuan") != null;
      if (!currency) {
        continue;
      }
      Optional<BigDecimal> v = number(m.group(2));
      if (v.isPresent()) {
        BigDecimal yuan = v.get().multiply(multiplier(m.group("unit")));
        add(found, new Quantity(Quantity.Kind.YUAN, yuan.stripTrailingZeros(), m.start(), m.end()));
      }
    }
    Matcher d = PERIOD.matcher(s);
    while (d.find()) {
      Optional<BigDecimal> v = number(d.group(1));
      String unit = d.group("unit");
      boolean dateOfMonth = "日".equals(unit) && d.start() > 0 && s.charAt(d.start() - 1) == '月';
      boolean calendarYear = "年".equals(unit) && v.isPresent() && v.get().compareTo(BigDecimal.valueOf(1900)) >= 0;
      if (v.isPresent() && !dateOfMonth && !calendarYear) {
        Quantity.Kind kind = unit.endsWith("年") ? Quantity.Kind.YEARS : Quantity.Kind.DAYS;
        add(found, new Quantity(kind, v.get(), d.start(), d.end()));
      }
    }
    Matcher c = COUNT.matcher(s);
    while (c.find()) {
      number(c.group(1)).ifPresent(v -> add(found, new Quantity(Quantity.Kind.COUNT, v, c.start(), c.end())));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The value of a number written in Arabic or Chinese digits (with 十百千万亿 and 点), if it is one. */
  public static Optional<BigDecimal> number(String written) {
    String s = widthFolded(written).replace(",", "").replace("，", "").strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (Character.isDigit(s.charAt(0))) {
      try {
        return Optional.of(new BigDecimal(s));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return chinese(s);
  }

  /** Full-width digits, signs and letters folded to ASCII, so one pattern reads both. */
  static String widthFolded(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '！' && ch <= '～' && ch != '，' && ch != '（' && ch != '）' && ch != '：' && ch != '；') {
        b.append((char) (ch - 0xFEE0));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static Optional<BigDecimal> chinese(String s) {
    int point = s.indexOf('点');
    String whole = point < 0 ? s : s.substring(0, point);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal digit = null;
    for (int i = 0; i < whole.length(); i++) {
      char ch = whole.charAt(i);
      int d = digitOf(ch);
      if (d >= 0) {
        digit = BigDecimal.valueOf(d);
        continue;
      }
      long unit = unitOf(ch);
      if (unit == 0) {
        return Optional.empty();
      }
      BigDecimal part = section.add(digit == null ? BigDecimal.ZERO : digit);
      if (unit == 100_000_000) {
        total = total.add(part).multiply(BigDecimal.valueOf(unit));
        section = BigDecimal.ZERO;
      } else if (unit == 10_000) {
        total = total.add((part.signum() == 0 ? BigDecimal.ONE : part).multiply(BigDecimal.valueOf(unit)));
        section = BigDecimal.ZERO;
      } else {
        section = section.add((digit == null ? BigDecimal.ONE : digit).multiply(BigDecimal.valueOf(unit)));
      }
      digit = null;
    }
    BigDecimal value = total.add(section).add(digit == null ? BigDecimal.ZERO : digit);
    if (point >= 0) {
      StringBuilder fraction = new StringBuilder("0.");
      for (char ch : s.substring(point + 1).toCharArray()) {
        int d = digitOf(ch);
        if (d < 0) {
          return Optional.empty();
        }
        fraction.append(d);
      }
      value = value.add(new BigDecimal(fraction.toString()));
    }
    return Optional.of(value);
  }

  private static int digitOf(char ch) {
    int i = CN_DIGITS.indexOf(ch);
    if (i < 0) {
      return -1;
    }
    String digitsInOrder = "0011222233445566778899";
    return digitsInOrder.charAt(i) - '0';
  }

  private static long unitOf(char ch) {
    switch (ch) {
      case '十', '拾':
        return 10;
      case '百', '佰':
        return 100;
      case '千', '仟':
        return 1_000;
      case '万', '萬':
        return 10_000;
      case '亿', '億':
        return 100_000_000;
      default:
        return 0;
    }
  }

  private static BigDecimal multiplier(String unit) {
    if (unit == null) {
      return BigDecimal.ONE;
    }
    switch (unit) {
      case "亿":
        return BigDecimal.valueOf(100_000_000L);
      case "千万":
        return BigDecimal.valueOf(10_000_000L);
      case "百万":
        return BigDecimal.valueOf(1_000_000L);
      case "十万":
        return BigDecimal.valueOf(100_000L);
      case "万":
        return BigDecimal.valueOf(10_000L);
      default:
        return BigDecimal.valueOf(1_000L);
    }
  }

  private static void add(List<Quantity> found, Quantity q) {
    for (Quantity f : found) {
      if (q.start() < f.end() && f.start() < q.end()) {
        return;
      }
    }
    found.add(q);
  }
}
