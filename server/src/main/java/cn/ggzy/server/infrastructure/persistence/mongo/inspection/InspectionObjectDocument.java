package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** Stored form of an {@link InspectionObject}; {@code _id} is tenant and code, so codes repeat only across tenants. */
@Entity("inspection_objects")
public class InspectionObjectDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String code;
  @Column String kind;
  @Column String name;
  @Column String supervisingUnit;
  @Column boolean complaints;
  @Column boolean lowCredit;

  public InspectionObjectDocument() {}

  static String id(TenantId tenant, String code) {
    return tenant.value() + "/" + code;
  }

  static InspectionObjectDocument of(InspectionObject o) {
    InspectionObjectDocument d = new InspectionObjectDocument();
    d.id = id(o.tenantId(), o.code());
    d.tenantId = o.tenantId().value();
    d.region = o.tenantId().region().value();
    d.code = o.code();
    d.kind = o.kind().name();
    d.name = o.name();
    d.supervisingUnit = o.supervisingUnit() == null ? null : o.supervisingUnit().value();
    d.complaints = o.complaints();
    d.lowCredit = o.lowCredit();
    return d;
  }

  InspectionObject toObject() {
    return new InspectionObject(TenantId.of(tenantId), code, ObjectKind.valueOf(kind), name,
        supervisingUnit == null ? null : TenantId.of(supervisingUnit), complaints, lowCredit);
  }
}
