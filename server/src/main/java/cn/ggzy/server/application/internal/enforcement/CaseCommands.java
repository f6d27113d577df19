package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.Decision;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import cn.ggzy.server.domain.model.enforcement.PauseKind;
import cn.ggzy.server.domain.model.enforcement.ReferralOrgan;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns an officer's typed command into the named method of the case. */
final class CaseCommands {
  /** Resolves what the case needs from outside: an officer's name, a department's existence. */
  interface Lookup {
    /** The display name of an enabled officer of {@code tenant}, or a "not in department" error. */
    String officerName(TenantId tenant, String login);

    /** Checks a department to transfer to or consult exists in the region and may receive cases. */
    TenantId department(String tenant, String field, boolean mustHandleCases);
  }

  private CaseCommands() {}

  static void apply(EnforcementCase c, Command cmd, Actor actor, Instant at, WorkingCalendar calendar,
      Lookup lookup) {
    if (cmd.action() == null) {
      throw new DomainException("case.action.required", "action");
    }
    switch (cmd.action()) {
      case ACCEPT -> c.accept(actor, at, calendar);
      case PROPOSE_NON_ACCEPTANCE -> c.proposeNonAcceptance(actor, at,
          parse(NonAcceptanceGround.class, cmd.ground(), "ground"), cmd.reason());
      case APPROVE_NON_ACCEPTANCE -> c.approveNonAcceptance(actor, at, cmd.reason());
      case REFUSE_NON_ACCEPTANCE -> c.refuseNonAcceptance(actor, at, cmd.reason());
      case ASSIGN -> {
        if (cmd.officer() == null || cmd.officer().isBlank()) {
          throw new DomainException("case.assignee.required", "officer");
        }
        String name = lookup.officerName(c.owner(), cmd.officer());
        c.assign(actor, at, cmd.officer(), name, c.owner());
      }
      case START_INVESTIGATION -> c.startInvestigation(actor, at);
      case REQUEST_SUPPLEMENT -> c.requestSupplement(actor, at, cmd.text());
      case RECEIVE_SUPPLEMENT -> c.receiveSupplement(actor, at, cmd.text(), calendar);
      case PAUSE -> c.pause(actor, at, parse(PauseKind.class, cmd.kind(), "kind"), cmd.reason());
      case RESUME -> c.resume(actor, at, calendar);
      case SUSPEND_TENDER -> c.suspendTender(actor, at, cmd.reason());
      case LIFT_TENDER_SUSPENSION -> c.liftTenderSuspension(actor, at, cmd.reason());
      case REQUEST_EXTENSION -> {
        if (cmd.workingDays() == null) {
          throw new DomainException("case.extension.days.range", "workingDays");
        }
        c.requestExtension(actor, at, cmd.workingDays(), cmd.reason());
      }
      case APPROVE_EXTENSION -> c.approveExtension(actor, at, cmd.reason(), calendar);
      case REFUSE_EXTENSION -> c.refuseExtension(actor, at, cmd.reason());
      case TRANSFER -> c.transfer(actor, at, lookup.department(cmd.to(), "to", true), cmd.reason());
      case REFER -> c.refer(actor, at, parse(ReferralOrgan.class, cmd.organ(), "organ"), cmd.organName(),
          cmd.reason(), cmd.documents());
      case OPEN_CONSULTATION -> {
        Set<TenantId> invited = new LinkedHashSet<>();
        for (String t : cmd.invited() == null ? List.<String>of() : cmd.invited()) {
          invited.add(lookup.department(t, "invited", false));
        }
        c.openConsultation(actor, at, cmd.topic(), invited);
      }
      case RECORD_OPINION -> c.recordOpinion(actor, at, cmd.text());
      case CONCLUDE_CONSULTATION -> c.concludeConsultation(actor, at, cmd.text());
      case PROPOSE_DECISION -> {
        var d = cmd.decision();
        if (d == null) {
          throw new DomainException("case.decision.kind.required", "decision.kind");
        }
        c.proposeDecision(actor, at, new Decision(d.kind(), d.text(), d.fineYuan(), d.confiscation(),
            d.disqualificationYears(), d.licenceRevoked()));
      }
      case APPROVE_DECISION -> c.approveDecision(actor, at, cmd.reason());
      case REFUSE_DECISION -> c.refuseDecision(actor, at, cmd.reason());
      case DELIVER -> c.deliver(actor, at, cmd.text());
      case PROPOSE_CLOSE -> c.proposeClose(actor, at, cmd.reason());
      case APPROVE_CLOSE -> c.approveClose(actor, at, cmd.reason());
      case REFUSE_CLOSE -> c.refuseClose(actor, at, cmd.reason());
      default -> throw new IllegalStateException(cmd.action().name());
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new DomainException("case.field.required", field);
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException("case.field.invalid", field);
    }
  }
}
