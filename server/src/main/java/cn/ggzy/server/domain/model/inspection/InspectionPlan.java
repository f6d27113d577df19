package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A random inspection plan (抽查计划) of a department or, jointly across departments, of the
 * supervision office. Drafted, then committed (the rosters frozen into the published document,
 * the seed's hash published), then drawn once with a witness's value.
 */
public final class InspectionPlan implements TenantOwned {
  private final PlanId id;
  private final TenantId owner;
  private final Instant createdAt;
  private final String createdBy;
  private PlanSettings settings;
  private PlanStatus status;
  private Commitment commitment;
  private DrawRecord draw;
  private final long version;

  public InspectionPlan(PlanId id, TenantId owner, Instant createdAt, String createdBy, PlanSettings settings,
      PlanStatus status, Commitment commitment, DrawRecord draw, long version) {
    this.id = Objects.requireNonNull(id);
    this.owner = Objects.requireNonNull(owner);
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.settings = settings;
    this.status = status;
    this.commitment = commitment;
    this.draw = draw;
    this.version = version;
  }

  public static InspectionPlan draft(PlanId id, TenantId owner, PlanSettings settings, String by, Instant at) {
    if (!settings.withinRegion(owner)) {
      throw new InspectionException("inspection.plan.departments.invalid", "departments");
    }
    return new InspectionPlan(id, owner, at, by, settings, PlanStatus.DRAFT, null, null, 0);
  }

  public void revise(PlanSettings changed) {
    requireStatus(PlanStatus.DRAFT);
    if (!changed.withinRegion(owner)) {
      throw new InspectionException("inspection.plan.departments.invalid", "departments");
    }
    this.settings = changed;
  }

  /**
   * Freezes the rosters: the document must be this plan's and allow a draw that keeps the rules
   * (else {@link DrawRefusedException}); the seed's hash becomes public, the seed stays secret.
   */
  public void commit(DrawDocument document, Map<String, String> logins, byte[] seed, String by,
      Instant at) {
    requireStatus(PlanStatus.DRAFT);
    if (!document.plan().id().equals(id.value()) || seed.length != 32) {
      throw new IllegalArgumentException("a document of another plan or a seed of the wrong length");
    }
    RandomDraw.check(document);
    this.commitment = new Commitment(document.canonicalJson(), document.hash(), Hashes.sha256(seed),
        HexFormat.of().formatHex(seed), at, by, logins);
    this.status = PlanStatus.COMMITTED;
  }

  /** Draws once, with the value the witness entered at the draw. */
  public DrawResult draw(String witnessName, String witnessValue, String by, Instant at) {
    requireStatus(PlanStatus.COMMITTED);
    String name = Inputs.required(witnessName, 64, "witnessName");
    String value = Inputs.required(witnessValue, 128, "witnessValue");
    DrawResult result = RandomDraw.run(document(), HexFormat.of().parseHex(commitment.secretSeed()), value);
    this.draw = new DrawRecord(name, value, at, by, result);
    this.status = PlanStatus.DRAWN;
    return result;
  }

  private void requireStatus(PlanStatus wanted) {
    if (status != wanted) {
      throw new StateConflictException("inspection.plan.status." + wanted.name().toLowerCase(), "status");
    }
  }

  public DrawDocument document() {
    return DrawDocument.parse(commitment.document());
  }

  /** The seed, once the draw has revealed it. */
  public Optional<String> revealedSeed() {
    return status == PlanStatus.DRAWN ? Optional.of(commitment.secretSeed()) : Optional.empty();
  }

  /** Public from the commitment on. */
  public boolean isPublic() {
    return status != PlanStatus.DRAFT;
  }

  public PlanId id() {
    return id;
  }

  @Override
  public TenantId tenantId() {
    return owner;
  }

  public TenantId owner() {
    return owner;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public PlanSettings settings() {
    return settings;
  }

  public PlanStatus status() {
    return status;
  }

  public Optional<Commitment> commitment() {
    return Optional.ofNullable(commitment);
  }

  public Optional<DrawRecord> drawRecord() {
    return Optional.ofNullable(draw);
  }

  public long version() {
    return version;
  }
}
