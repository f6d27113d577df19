package cn.ggzy.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A type's name tells which thing it is: no two top-level types of the platform (tenants, server,
 * web UI) share a simple name, so a reader, a search or an import never picks the wrong one.
 */
class OneNamePerTypeTest {
  @Test
  void noTwoTopLevelTypesShareASimpleName() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.ggzy");
    Map<String, TreeSet<String>> byName = classes.stream()
        .filter(JavaClass::isTopLevelClass)
        .filter(c -> !c.getSimpleName().equals("package-info"))
        .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
            Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
    byName.values().removeIf(names -> names.size() < 2);

    assertEquals(Map.of(), byName, "types that share a name");
  }
}
