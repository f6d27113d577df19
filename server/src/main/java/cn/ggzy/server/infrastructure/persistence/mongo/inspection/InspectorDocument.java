package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Stored form of a {@link CertifiedInspector}; {@code _id} is tenant and login. */
@Entity("inspection_inspectors")
public class InspectorDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String login;
  @Column String displayName;
  @Column String certificateNumber;
  @Column String validUntil;
  @Column List<String> relatives;
  @Column List<String> formerEmployers;

  public InspectorDocument() {}

  static String id(TenantId tenant, String login) {
    return tenant.value() + "/" + login;
  }

  static InspectorDocument of(CertifiedInspector i) {
    InspectorDocument d = new InspectorDocument();
    d.id = id(i.tenantId(), i.login());
    d.tenantId = i.tenantId().value();
    d.region = i.tenantId().region().value();
    d.login = i.login();
    d.displayName = i.displayName();
    d.certificateNumber = i.certificateNumber();
    d.validUntil = i.validUntil().toString();
    d.relatives = new ArrayList<>(i.relatives().stream().sorted().toList());
    d.formerEmployers = new ArrayList<>(i.formerEmployers().stream().sorted().toList());
    return d;
  }

  CertifiedInspector toInspector() {
    return new CertifiedInspector(TenantId.of(tenantId), login, displayName, certificateNumber,
        LocalDate.parse(validUntil), new HashSet<>(relatives == null ? List.of() : relatives),
        new HashSet<>(formerEmployers == null ? List.of() : formerEmployers));
  }
}
