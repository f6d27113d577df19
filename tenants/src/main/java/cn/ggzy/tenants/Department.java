package cn.ggzy.tenants;

import java.util.Locale;
import java.util.Objects;

/** A department tenant of a region; its {@link TenantId} owns all the data it handles. */
public record Department(TenantId id, String nameZh, String nameEn, DepartmentKind kind) {
  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (nameZh == null || nameZh.isBlank()) {
      throw new IllegalArgumentException("department needs a Chinese name");
    }
    if (nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("department needs an English name");
    }
  }

  public boolean isOffice() {
    return kind == DepartmentKind.SUPERVISION_OFFICE;
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
