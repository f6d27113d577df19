package cn.ggzy.server.application.internal.project;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.project.ContractKind;
import cn.ggzy.server.domain.model.project.Organisation;
import cn.ggzy.server.domain.model.project.TenderMethod;
import cn.ggzy.server.domain.model.review.Quantities;
import cn.ggzy.server.domain.model.review.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cells of the register's CSV files, read in Chinese or English and refused with the column at fault. */
final class RegisterCells {
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
  private static final Map<String, TenderMethod> METHODS = Map.of("公开招标", TenderMethod.OPEN, "邀请招标",
      TenderMethod.INVITED, "不招标", TenderMethod.NONE, "直接发包", TenderMethod.NONE);
  private static final Map<String, Organisation> FORMS = Map.of("自行招标", Organisation.SELF, "委托招标",
      Organisation.AGENCY);
  private static final Map<String, ContractKind> KINDS = Map.of("施工", ContractKind.CONSTRUCTION, "货物",
      ContractKind.GOODS, "服务", ContractKind.SERVICES, "勘察设计监理", ContractKind.SERVICES);

  private RegisterCells() {}

  static String text(List<String> row, int i, String field, int max, boolean required) {
    String v = i < row.size() ? row.get(i).strip() : "";
    if (required && v.isEmpty() || v.length() > max) {
      throw new DomainException("project.csv." + field, field);
    }
    return v;
  }

  static LocalDate date(List<String> row, int i, String field, boolean required) {
    String v = text(row, i, field, 20, required);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return v.contains("/") ? LocalDate.parse(v, SLASHED) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new DomainException("project.csv." + field, field);
    }
  }

  /** An amount in yuan: {@code 4000000}, {@code 400万元}, {@code 肆佰万元}. */
  static BigDecimal yuan(List<String> row, int i, String field, boolean required) {
    String v = text(row, i, field, 40, required);
    if (v.isEmpty()) {
      return null;
    }
    List<Quantity> q = Quantities.in(v.endsWith("元") ? v : v + "元");
    if (q.size() != 1 || q.get(0).kind() != Quantity.Kind.YUAN || q.get(0).value().signum() <= 0) {
      throw new DomainException("project.csv." + field, field);
    }
    return q.get(0).value();
  }

  static TenderMethod method(List<String> row, int i, String field, boolean required) {
    return choice(text(row, i, field, 20, required), METHODS, TenderMethod.class, field);
  }

  static Organisation organisation(List<String> row, int i, String field) {
    return choice(text(row, i, field, 20, false), FORMS, Organisation.class, field);
  }

  static ContractKind kind(List<String> row, int i, String field) {
    return choice(text(row, i, field, 20, true), KINDS, ContractKind.class, field);
  }

  static boolean yes(List<String> row, int i, String field) {
    String v = text(row, i, field, 10, true).toLowerCase(Locale.ROOT);
    if (List.of("是", "1", "true", "yes", "y").contains(v)) {
      return true;
    }
    if (List.of("否", "0", "false", "no", "n").contains(v)) {
      return false;
    }
    throw new DomainException("project.csv." + field, field);
  }

  private static <E extends Enum<E>> E choice(String v, Map<String, E> zh, Class<E> type, String field) {
    if (v.isEmpty()) {
      return null;
    }
    if (zh.containsKey(v)) {
      return zh.get(v);
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainException("project.csv." + field, field);
    }
  }
}
