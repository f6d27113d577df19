package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.Transitions.Rule;

/** Checks one action against the transition table and the case's people. */
final class CaseGuard {
  private CaseGuard() {}

  /** Throws a specific refusal when {@code actor} may not take {@code action} now. */
  static Rule check(EnforcementCase c, CaseAction action, Actor actor) {
    Rule rule = Transitions.rule(action);
    if (!rule.moves().containsKey(c.status())) {
      throw new StateConflictException("case.action.notNow", "action");
    }
    if (actor.roles().stream().noneMatch(rule.roles()::contains)) {
      throw new AccessDeniedException("case.action.roleNotAllowed", "action");
    }
    boolean sameRegion = actor.tenant().region().equals(c.owner().region());
    boolean owner = actor.tenant().equals(c.owner());
    switch (rule.party()) {
      case HANDLER -> {
        if (!owner) {
          throw new AccessDeniedException("case.action.notOwner", "action");
        }
        if (c.assignee() != null && !actor.managerial() && !actor.login().equals(c.assignee())) {
          throw new AccessDeniedException("case.action.notAssignee", "action");
        }
      }
      case MANAGER -> {
        if (!owner) {
          throw new AccessDeniedException("case.action.notOwner", "action");
        }
      }
      case APPROVER -> {
        boolean head = owner && actor.has(Role.DEPARTMENT_HEAD);
        boolean leader = sameRegion && actor.office() && actor.has(Role.OFFICE_LEADER);
        if (!head && !leader) {
          throw new AccessDeniedException("case.approval.notApprover", "action");
        }
        ownRequest(c, action, actor);
      }
      case PRINCIPAL_LEADER -> {
        if (!(sameRegion && actor.office() && actor.has(Role.OFFICE_LEADER))) {
          throw new AccessDeniedException("case.approval.notPrincipal", "action");
        }
        ownRequest(c, action, actor);
      }
      case CONSULTED -> {
        boolean invited = c.openConsultation().map(k -> k.invited().contains(actor.tenant())).orElse(false);
        if (!owner && !invited) {
          throw new AccessDeniedException("case.consultation.notInvited", "action");
        }
      }
      default -> throw new IllegalStateException();
    }
    return rule;
  }

  private static void ownRequest(EnforcementCase c, CaseAction action, Actor actor) {
    boolean extension = action == CaseAction.APPROVE_EXTENSION || action == CaseAction.REFUSE_EXTENSION;
    PendingRequest pending = extension ? c.pendingExtension() : c.pending();
    if (pending != null && pending.requestedBy().equals(actor.login())) {
      throw new AccessDeniedException("case.approval.ownRequest", "action");
    }
  }
}
