package cn.ggzy.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A city (or county-level city) using the platform: one shared supervision office and its
 * departments. Nothing of one region is ever visible to another.
 */
public record Region(RegionCode code, String nameZh, String nameEn, String caseNumberPrefix,
    List<Department> departments) {

  public Region {
    Objects.requireNonNull(code, "code");
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("region needs a Chinese and an English name");
    }
    if (caseNumberPrefix == null || caseNumberPrefix.isBlank()) {
      throw new IllegalArgumentException("region needs a case number prefix, e.g. 麻");
    }
    departments = List.copyOf(departments);
    long offices = departments.stream().filter(Department::isOffice).count();
    if (offices != 1) {
      throw new IllegalArgumentException("a region has exactly one supervision office, found " + offices);
    }
    for (Department d : departments) {
      if (!d.id().region().equals(code)) {
        throw new IllegalArgumentException(d.id() + " does not belong to region " + code);
      }
    }
    if (departments.stream().map(Department::id).distinct().count() != departments.size()) {
      throw new IllegalArgumentException("department ids repeat in region " + code);
    }
  }

  public Department office() {
    return departments.stream().filter(Department::isOffice).findFirst().orElseThrow();
  }

  public Optional<Department> department(TenantId id) {
    return departments.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** A copy of this region with one more department. */
  public Region withDepartment(Department department) {
    if (department(department.id()).isPresent()) {
      throw new IllegalArgumentException("department already exists: " + department.id());
    }
    List<Department> more = new ArrayList<>(departments);
    more.add(department);
    return new Region(code, nameZh, nameEn, caseNumberPrefix, more);
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
