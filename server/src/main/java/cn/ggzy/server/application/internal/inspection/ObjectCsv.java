package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.InspectionRosters.ObjectInput;
import cn.ggzy.server.application.InspectionViews.ImportError;
import cn.ggzy.server.application.internal.CsvText;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a roster of inspection objects from CSV ({@link CsvText}, UTF-8 with or without BOM):
 * header {@code code,kind,name,supervisingUnit,complaints,lowCredit}; the last three may be empty.
 */
final class ObjectCsv {
  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final List<String> HEADER = List.of("code", "kind", "name", "supervisingUnit", "complaints", "lowCredit");
  private static final Map<String, ObjectKind> KINDS = Map.of("项目", ObjectKind.PROJECT, "企业", ObjectKind.ENTERPRISE,
      "代理机构", ObjectKind.AGENCY, "招标代理机构", ObjectKind.AGENCY);

  record Parsed(List<InspectionObject> objects, List<ImportError> errors) {}

  private ObjectCsv() {}

  static Parsed parse(byte[] content, Function<ObjectInput, InspectionObject> toObject) {
    List<ImportError> errors = new ArrayList<>();
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      return new Parsed(List.of(), List.of(new ImportError(0, "inspection.import.file.invalid", "file")));
    }
    List<List<String>> rows;
    try {
      rows = CsvText.records(new String(content, StandardCharsets.UTF_8), "inspection.import.file.malformed");
    } catch (DomainException e) {
      return new Parsed(List.of(), List.of(new ImportError(0, e.code(), e.field())));
    }
    List<String> header = rows.isEmpty() ? List.of() : rows.get(0).stream().map(String::strip).toList();
    if (header.size() < 3 || header.size() > HEADER.size() || !header.equals(HEADER.subList(0, header.size()))) {
      return new Parsed(List.of(), List.of(new ImportError(1, "inspection.import.header.invalid", "header")));
    }
    List<InspectionObject> objects = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      int line = i + 1;
      try {
        ObjectKind kind = kind(cell(row, 1));
        InspectionObject o = toObject.apply(new ObjectInput(cell(row, 0), kind, cell(row, 2), cell(row, 3),
            flag(cell(row, 4), "complaints"), flag(cell(row, 5), "lowCredit")));
        if (!codes.add(o.code())) {
          errors.add(new ImportError(line, "inspection.import.code.repeated", "code"));
        } else {
          objects.add(o);
        }
      } catch (DomainException e) {
        errors.add(new ImportError(line, e.code(), e.field()));
      }
    }
    return new Parsed(objects, errors);
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }

  private static ObjectKind kind(String value) {
    ObjectKind chinese = KINDS.get(value);
    if (chinese != null) {
      return chinese;
    }
    try {
      return ObjectKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainException("inspection.object.kind.required", "kind");
    }
  }

  private static boolean flag(String value, String column) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "", "false", "0", "否", "no" -> false;
      case "true", "1", "是", "yes" -> true;
      default -> throw new DomainException("inspection.import.flag.invalid", column);
    };
  }
}
