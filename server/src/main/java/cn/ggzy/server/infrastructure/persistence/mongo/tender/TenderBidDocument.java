package cn.ggzy.server.infrastructure.persistence.mongo.tender;

import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.BidFileTrace;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;

/** Stored form of a {@link TenderBid}; the id is the department and the natural key, so a re-import replaces it. */
@Entity("tender_bids")
public class TenderBidDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String projectCode;
  @Column String projectName;
  @Column String sectionCode;
  @Column String sectionName;
  @Column String industry;
  @Column String bidderCode;
  @Column String bidderName;
  @Column double price;
  @Column Long submittedAt;
  @Column String machineCode;
  @Column String macAddress;
  @Column String cpuSerial;
  @Column String diskSerial;
  @Column String uploaderIp;
  @Column String caCertificate;
  @Column String bondAccount;
  @Column String authorisedAgent;
  @Column String projectManager;
  @Column boolean winner;
  @Column long importedAt;

  public TenderBidDocument() {}

  static String idOf(TenantId tenant, String key) {
    return tenant.value() + "/" + key;
  }

  static TenderBidDocument of(TenderBid b) {
    TenderBidDocument d = new TenderBidDocument();
    d.id = idOf(b.tenant(), b.key());
    d.tenantId = b.tenant().value();
    d.region = b.tenant().region().value();
    d.projectCode = b.projectCode();
    d.projectName = b.projectName();
    d.sectionCode = b.sectionCode();
    d.sectionName = b.sectionName();
    d.industry = b.industry().name();
    d.bidderCode = b.bidderCode();
    d.bidderName = b.bidderName();
    d.price = b.price();
    d.submittedAt = b.submittedAt() == null ? null : b.submittedAt().toEpochMilli();
    BidFileTrace t = b.trace();
    d.machineCode = t.machineCode();
    d.macAddress = t.macAddress();
    d.cpuSerial = t.cpuSerial();
    d.diskSerial = t.diskSerial();
    d.uploaderIp = t.uploaderIp();
    d.caCertificate = t.caCertificate();
    d.bondAccount = t.bondAccount();
    d.authorisedAgent = t.authorisedAgent();
    d.projectManager = t.projectManager();
    d.winner = b.winner();
    d.importedAt = b.importedAt().toEpochMilli();
    return d;
  }

  TenderBid toBid() {
    return new TenderBid(TenantId.of(tenantId), projectCode, projectName, sectionCode, sectionName,
        Industry.valueOf(industry), bidderCode, bidderName, price,
        submittedAt == null ? null : Instant.ofEpochMilli(submittedAt),
        new BidFileTrace(bidderCode, machineCode, macAddress, cpuSerial, diskSerial, uploaderIp, caCertificate,
            bondAccount, authorisedAgent, projectManager),
        winner, Instant.ofEpochMilli(importedAt));
  }
}
