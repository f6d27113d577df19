package cn.ggzy.server.domain.model.enforcement;

import static cn.ggzy.server.domain.model.enforcement.CaseStatus.ACCEPTED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.ASSIGNED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.AWAITING_SUPPLEMENT;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.CLOSED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.CLOSE_PENDING;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.DECIDED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.DECISION_PENDING;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.DELIVERED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.INVESTIGATING;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.NON_ACCEPTANCE_PENDING;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.NOT_ACCEPTED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.PAUSED;
import static cn.ggzy.server.domain.model.enforcement.CaseStatus.REGISTERED;

import cn.ggzy.server.domain.model.account.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of the case workflow: for each action, the statuses it may start from, the status
 * it leads to, who may take it, and with which roles. Nothing else in the code decides a move.
 */
public final class Transitions {
  /** Who, relative to the case, may take an action. */
  public enum Party {
    /** An officer of the owning department (once assigned, the assignee or a head/leader). */
    HANDLER,
    /** A head or leader of the owning department (assigning, transferring). */
    MANAGER,
    /** The owning department's head or the region's office leader; never the requester. */
    APPROVER,
    /** The region's office leader only (主要负责人, extensions); never the requester. */
    PRINCIPAL_LEADER,
    /** An officer of a department invited to the open consultation (or of the owner). */
    CONSULTED
  }

  /**
   * One row: {@code moves} maps each allowed starting status to the resulting one; a value equal
   * to its key means the status stays; a missing result ({@code RETURN}) means "back to the
   * status before the pause".
   */
  public record Rule(CaseAction action, Map<CaseStatus, CaseStatus> moves, Party party, Set<Role> roles) {
    public Set<CaseStatus> from() {
      return moves.keySet();
    }
  }

  private static final Set<Role> HANDLING = EnumSet.of(Role.DEPARTMENT_OFFICER, Role.DEPARTMENT_HEAD,
      Role.OFFICE_OFFICER, Role.OFFICE_LEADER);
  private static final Set<Role> MANAGING = EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER);
  private static final Set<Role> DISPATCHING = EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER,
      Role.OFFICE_OFFICER);
  private static final Set<Role> APPROVING = EnumSet.of(Role.DEPARTMENT_HEAD, Role.OFFICE_LEADER);
  private static final Set<Role> PRINCIPAL = EnumSet.of(Role.OFFICE_LEADER);

  /** Marker in a row: the case goes back to the status it had before the pause. */
  public static final CaseStatus RETURN = null;

  private static final Set<CaseStatus> RUNNING = EnumSet.of(ACCEPTED, ASSIGNED, INVESTIGATING,
      AWAITING_SUPPLEMENT, PAUSED);
  private static final Map<CaseAction, Rule> TABLE = new EnumMap<>(CaseAction.class);

  static {
    row(CaseAction.ACCEPT, Party.HANDLER, HANDLING, REGISTERED, ACCEPTED);
    row(CaseAction.PROPOSE_NON_ACCEPTANCE, Party.HANDLER, HANDLING, REGISTERED, NON_ACCEPTANCE_PENDING);
    row(CaseAction.APPROVE_NON_ACCEPTANCE, Party.APPROVER, APPROVING, NON_ACCEPTANCE_PENDING, NOT_ACCEPTED);
    row(CaseAction.REFUSE_NON_ACCEPTANCE, Party.APPROVER, APPROVING, NON_ACCEPTANCE_PENDING, REGISTERED);
    Map<CaseStatus, CaseStatus> assign = stay(ASSIGNED, INVESTIGATING, AWAITING_SUPPLEMENT, PAUSED);
    assign.put(ACCEPTED, ASSIGNED);
    put(CaseAction.ASSIGN, Party.MANAGER, MANAGING, assign);
    Map<CaseStatus, CaseStatus> start = new EnumMap<>(CaseStatus.class);
    start.put(ACCEPTED, INVESTIGATING);
    start.put(ASSIGNED, INVESTIGATING);
    put(CaseAction.START_INVESTIGATION, Party.HANDLER, HANDLING, start);
    Map<CaseStatus, CaseStatus> supplement = new EnumMap<>(CaseStatus.class);
    for (CaseStatus s : EnumSet.of(ACCEPTED, ASSIGNED, INVESTIGATING)) {
      supplement.put(s, AWAITING_SUPPLEMENT);
    }
    put(CaseAction.REQUEST_SUPPLEMENT, Party.HANDLER, HANDLING, supplement);
    Map<CaseStatus, CaseStatus> received = new EnumMap<>(CaseStatus.class);
    received.put(AWAITING_SUPPLEMENT, RETURN);
    put(CaseAction.RECEIVE_SUPPLEMENT, Party.HANDLER, HANDLING, received);
    row(CaseAction.PAUSE, Party.HANDLER, HANDLING, INVESTIGATING, PAUSED);
    row(CaseAction.RESUME, Party.HANDLER, HANDLING, PAUSED, INVESTIGATING);
    put(CaseAction.SUSPEND_TENDER, Party.HANDLER, HANDLING, stay(RUNNING));
    Map<CaseStatus, CaseStatus> lift = stay(RUNNING);
    lift.putAll(stay(DECISION_PENDING, DECIDED));
    put(CaseAction.LIFT_TENDER_SUSPENSION, Party.HANDLER, HANDLING, lift);
    Map<CaseStatus, CaseStatus> clockRunning = stay(RUNNING);
    clockRunning.putAll(stay(DECISION_PENDING));
    put(CaseAction.REQUEST_EXTENSION, Party.HANDLER, HANDLING, clockRunning);
    put(CaseAction.APPROVE_EXTENSION, Party.PRINCIPAL_LEADER, PRINCIPAL, new EnumMap<>(clockRunning));
    put(CaseAction.REFUSE_EXTENSION, Party.PRINCIPAL_LEADER, PRINCIPAL, new EnumMap<>(clockRunning));
    Map<CaseStatus, CaseStatus> transfer = stay(REGISTERED, ACCEPTED);
    transfer.put(ASSIGNED, ACCEPTED);
    transfer.put(INVESTIGATING, ACCEPTED);
    put(CaseAction.TRANSFER, Party.MANAGER, DISPATCHING, transfer);
    Map<CaseStatus, CaseStatus> refer = stay(RUNNING);
    refer.putAll(stay(DECISION_PENDING, DECIDED));
    put(CaseAction.REFER, Party.HANDLER, HANDLING, refer);
    Map<CaseStatus, CaseStatus> consult = stay(ACCEPTED, ASSIGNED, INVESTIGATING, PAUSED);
    put(CaseAction.OPEN_CONSULTATION, Party.HANDLER, HANDLING, consult);
    put(CaseAction.RECORD_OPINION, Party.CONSULTED, HANDLING, new EnumMap<>(consult));
    put(CaseAction.CONCLUDE_CONSULTATION, Party.HANDLER, HANDLING, new EnumMap<>(consult));
    row(CaseAction.PROPOSE_DECISION, Party.HANDLER, HANDLING, INVESTIGATING, DECISION_PENDING);
    row(CaseAction.APPROVE_DECISION, Party.APPROVER, APPROVING, DECISION_PENDING, DECIDED);
    row(CaseAction.REFUSE_DECISION, Party.APPROVER, APPROVING, DECISION_PENDING, INVESTIGATING);
    Map<CaseStatus, CaseStatus> deliver = new EnumMap<>(CaseStatus.class);
    deliver.put(DECIDED, DELIVERED);
    deliver.put(NOT_ACCEPTED, DELIVERED);
    put(CaseAction.DELIVER, Party.HANDLER, HANDLING, deliver);
    row(CaseAction.PROPOSE_CLOSE, Party.HANDLER, HANDLING, DELIVERED, CLOSE_PENDING);
    row(CaseAction.APPROVE_CLOSE, Party.APPROVER, APPROVING, CLOSE_PENDING, CLOSED);
    row(CaseAction.REFUSE_CLOSE, Party.APPROVER, APPROVING, CLOSE_PENDING, DELIVERED);
  }

  private Transitions() {}

  private static Map<CaseStatus, CaseStatus> stay(CaseStatus... statuses) {
    return stay(EnumSet.copyOf(List.of(statuses)));
  }

  private static Map<CaseStatus, CaseStatus> stay(Set<CaseStatus> statuses) {
    Map<CaseStatus, CaseStatus> moves = new EnumMap<>(CaseStatus.class);
    statuses.forEach(s -> moves.put(s, s));
    return moves;
  }

  private static void row(CaseAction action, Party party, Set<Role> roles, CaseStatus from, CaseStatus to) {
    Map<CaseStatus, CaseStatus> moves = new EnumMap<>(CaseStatus.class);
    moves.put(from, to);
    put(action, party, roles, moves);
  }

  private static void put(CaseAction action, Party party, Set<Role> roles, Map<CaseStatus, CaseStatus> moves) {
    TABLE.put(action, new Rule(action, Collections.unmodifiableMap(moves), party, Set.copyOf(roles)));
  }

  public static Rule rule(CaseAction action) {
    return TABLE.get(action);
  }

  /** The status an action leads to from {@code from}; empty when the action is not allowed there. */
  public static Optional<CaseStatus> target(CaseAction action, CaseStatus from, CaseStatus beforePause) {
    Rule rule = TABLE.get(action);
    if (!rule.moves().containsKey(from)) {
      return Optional.empty();
    }
    CaseStatus to = rule.moves().get(from);
    return Optional.of(to == RETURN ? beforePause : to);
  }

  /** No action leaves a closed case. */
  static boolean terminal(CaseStatus status) {
    return status == CLOSED;
  }
}
