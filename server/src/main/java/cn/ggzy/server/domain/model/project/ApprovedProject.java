package cn.ggzy.server.domain.model.project;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project in the register of a department: its approval (审批、核准、备案: number, date, the
 * approved tender method and organisation form), whether it falls under the rules on projects that
 * must be tendered ({@code mandatory}: state-funded or of the listed kinds), the planned tender
 * date, the planned contracts and the tenders recorded for it, and the officers' decisions on its
 * alerts. Importing the register again replaces the facts and keeps the decisions.
 */
public final class ApprovedProject {
  private final String id;
  private final TenantId tenant;
  private final Facts facts;
  private final List<AlertDecision> decisions;
  private final Instant importedAt;
  private final long version;

  /** The facts the register holds of a project. */
  public record Facts(String approvalNumber, String projectCode, String projectName, String employer,
      LocalDate approvedOn, TenderMethod method, Organisation organisation, boolean mandatory,
      LocalDate plannedTenderDate, List<PlannedContract> contracts, List<RecordedTender> tenders) {

    public Facts {
      contracts = List.copyOf(contracts);
      tenders = List.copyOf(tenders);
    }

    /** The estimates of the planned contracts added up. */
    public BigDecimal total() {
      return contracts.stream().map(PlannedContract::estimate).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public ApprovedProject(String id, TenantId tenant, Facts facts, List<AlertDecision> decisions, Instant importedAt,
      long version) {
    this.id = id;
    this.tenant = tenant;
    this.facts = facts;
    this.decisions = new ArrayList<>(decisions);
    this.importedAt = importedAt;
    this.version = version;
  }

  /** The same project with the facts of a new import, keeping the decisions. */
  public ApprovedProject reimported(Facts newFacts, Instant at) {
    return new ApprovedProject(id, tenant, newFacts, decisions, at, version);
  }

  public Optional<AlertDecision> decision(String key) {
    return decisions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /** Dismisses an open alert with a reason (2–500 characters). */
  public void dismiss(String key, String reason, String by, Instant at) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 2 || why.length() > 500) {
      throw new DomainException("project.alert.reason", "reason");
    }
    decide(new AlertDecision(key, AlertDecision.State.DISMISSED, why, null, null, by, at));
  }

  /** Records the case opened on an alert. */
  public void caseOpened(String key, String caseId, String caseNumber, String by, Instant at) {
    decide(new AlertDecision(key, AlertDecision.State.CASE_OPENED, null, caseId, caseNumber, by, at));
  }

  private void decide(AlertDecision d) {
    if (decision(d.key()).isPresent()) {
      throw new StateConflictException("project.alert.decided", "alert");
    }
    decisions.add(d);
  }

  public String id() {
    return id;
  }

  public TenantId tenant() {
    return tenant;
  }

  public Facts facts() {
    return facts;
  }

  public List<AlertDecision> decisions() {
    return List.copyOf(decisions);
  }

  public Instant importedAt() {
    return importedAt;
  }

  public long version() {
    return version;
  }
}
