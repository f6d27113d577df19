package cn.ggzy.server.domain.model.warning;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bid-rigging warning on one tender section. Its id follows from the department and the section,
 * so screening the section again updates the same warning. It is never a verdict: an office
 * officer dismisses it with a reason or opens a case from it.
 */
public final class RiggingWarning {
  /**
   * The section, the bidders and what was found; replaced when the section is screened again.
   * {@code risk} is the risk model's score with its explanation (which model, each screen's part).
   */
  public record Finding(SectionKey section, String projectName, String sectionName, Industry industry,
      List<Bidder> bidders, int score, RiskExplanation risk, List<Evidence> evidence) {
    public Finding {
      bidders = List.copyOf(bidders);
      evidence = List.copyOf(evidence);
    }

    /** The risk model's score (0–1). */
    public double probability() {
      return risk.score();
    }

    /** The art. 40 items the evidence proves, in the law's order. */
    public Set<Art40Item> items() {
      Set<Art40Item> items = EnumSet.noneOf(Art40Item.class);
      evidence.stream().filter(e -> e.item() != null).forEach(e -> items.add(e.item()));
      return items;
    }

    /** True when an expert's scoring is part of the evidence (legal basis 条例 art. 49). */
    public boolean evaluationEvidence() {
      return evidence.stream().anyMatch(e -> e.kind() == Evidence.Kind.EVALUATION);
    }
  }

  /** A bidder of the section: credit code, name and price. */
  public record Bidder(String code, String name, double price, boolean winner) {}

  public record Data(String id, TenantId tenant, Finding finding, WarningStatus status, String reason,
      String decidedBy, Instant decidedAt, String caseId, String caseNumber, Instant createdAt,
      Instant updatedAt, long version) {}

  private Data data;

  private RiggingWarning(Data data) {
    this.data = data;
  }

  public static String idOf(TenantId tenant, SectionKey section) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(
          (tenant.value() + "|" + section.projectCode() + "|" + section.sectionCode()).getBytes(StandardCharsets.UTF_8));
      return "W" + HexFormat.of().formatHex(hash, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RiggingWarning raise(TenantId tenant, Finding finding, Instant at) {
    return new RiggingWarning(new Data(idOf(tenant, finding.section()), tenant, finding, WarningStatus.OPEN, null,
        null, null, null, null, at, at, 0));
  }

  public static RiggingWarning restore(Data data) {
    return new RiggingWarning(data);
  }

  /**
   * The section was screened again: an open warning takes the new finding; a reviewed one keeps
   * the finding the officer decided on.
   */
  public boolean refresh(Finding finding, Instant at) {
    if (data.status() != WarningStatus.OPEN || finding.equals(data.finding())) {
      return false;
    }
    data = new Data(data.id(), data.tenant(), finding, data.status(), null, null, null, null, null,
        data.createdAt(), at, data.version());
    return true;
  }

  public void dismiss(String reason, String officer, Instant at) {
    requireOpen();
    if (reason == null || reason.isBlank()) {
      throw new DomainException("rigging.warning.reasonRequired", "reason");
    }
    if (reason.strip().length() > 1000) {
      throw new DomainException("rigging.warning.reasonTooLong", "reason");
    }
    data = new Data(data.id(), data.tenant(), data.finding(), WarningStatus.DISMISSED, reason.strip(), officer, at,
        null, null, data.createdAt(), at, data.version());
  }

  public void caseOpened(String caseId, String caseNumber, String officer, Instant at) {
    requireOpen();
    data = new Data(data.id(), data.tenant(), data.finding(), WarningStatus.CASE_OPENED, null, officer, at, caseId,
        caseNumber, data.createdAt(), at, data.version());
  }

  public void requireOpen() {
    if (data.status() != WarningStatus.OPEN) {
      throw new StateConflictException("rigging.warning.notOpen", "status");
    }
  }

  public Set<String> bidderCodes() {
    Set<String> codes = new TreeSet<>();
    data.finding().bidders().forEach(b -> codes.add(b.code()));
    return codes;
  }

  public Data data() {
    return data;
  }

  public String id() {
    return data.id();
  }

  public TenantId tenantId() {
    return data.tenant();
  }

  public WarningStatus status() {
    return data.status();
  }

  public long version() {
    return data.version();
  }
}
