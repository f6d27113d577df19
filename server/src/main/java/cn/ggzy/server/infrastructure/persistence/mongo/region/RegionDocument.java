package cn.ggzy.server.infrastructure.persistence.mongo.region;

import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.util.List;

/** Stored form of a {@link Region} with its departments. */
@Entity("regions")
public class RegionDocument {
  @Id String code;
  @Column String nameZh;
  @Column String nameEn;
  @Column String caseNumberPrefix;
  @Column List<DepartmentDocument> departments;

  public RegionDocument() {}

  static RegionDocument of(Region r) {
    RegionDocument d = new RegionDocument();
    d.code = r.code().value();
    d.nameZh = r.nameZh();
    d.nameEn = r.nameEn();
    d.caseNumberPrefix = r.caseNumberPrefix();
    d.departments = r.departments().stream().map(DepartmentDocument::of).toList();
    return d;
  }

  Region toRegion() {
    return new Region(RegionCode.of(code), nameZh, nameEn, caseNumberPrefix,
        departments.stream().map(DepartmentDocument::toDepartment).toList());
  }

  /** A department inside its region's document. */
  @Embeddable
  public static class DepartmentDocument {
    @Column String id;
    @Column String nameZh;
    @Column String nameEn;
    @Column String kind;

    public DepartmentDocument() {}

    static DepartmentDocument of(Department dep) {
      DepartmentDocument d = new DepartmentDocument();
      d.id = dep.id().value();
      d.nameZh = dep.nameZh();
      d.nameEn = dep.nameEn();
      d.kind = dep.kind().name();
      return d;
    }

    Department toDepartment() {
      return new Department(TenantId.of(id), nameZh, nameEn, DepartmentKind.valueOf(kind));
    }
  }
}
