package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import cn.ggzy.server.domain.model.enforcement.ApprovalKind;
import cn.ggzy.server.domain.model.enforcement.ApprovalRecord;
import cn.ggzy.server.domain.model.enforcement.CaseEvent;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Consultation;
import cn.ggzy.server.domain.model.enforcement.Decision;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Opinion;
import cn.ggzy.server.domain.model.enforcement.Pause;
import cn.ggzy.server.domain.model.enforcement.PauseKind;
import cn.ggzy.server.domain.model.enforcement.PendingRequest;
import cn.ggzy.server.domain.model.enforcement.Phrase;
import cn.ggzy.server.domain.model.enforcement.Referral;
import cn.ggzy.server.domain.model.enforcement.ReferralOrgan;
import cn.ggzy.server.domain.model.enforcement.TenderSuspension;
import cn.ggzy.server.domain.model.enforcement.Transfer;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sub-documents of a stored case (embedded, written atomically with it). */
final class CaseParts {

  /** A system-written text as a message key and its arguments ({@link Phrase}). */
  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class PhraseDoc {
    @Column String key;
    @Column List<ArgDoc> args;

    public PhraseDoc() {}

    static PhraseDoc of(Phrase p) {
      if (p == null) {
        return null;
      }
      PhraseDoc d = new PhraseDoc();
      d.key = p.key();
      d.args = new ArrayList<>(p.args().stream().map(ArgDoc::of).toList());
      return d;
    }

    Phrase toPhrase() {
      return key == null ? null : new Phrase(key,
          args == null ? List.of() : args.stream().map(ArgDoc::toArg).toList());
    }
  }

  /** One argument of a {@link PhraseDoc}: a message key or a value. */
  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ArgDoc {
    @Column String key;
    @Column String value;

    public ArgDoc() {}

    static ArgDoc of(Phrase.Arg a) {
      ArgDoc d = new ArgDoc();
      d.key = a.key();
      d.value = a.value();
      return d;
    }

    Phrase.Arg toArg() {
      return new Phrase.Arg(key, value);
    }
  }
  private CaseParts() {}

  static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  static <T> List<T> list(List<T> items) {
    return items == null ? new ArrayList<>() : items;
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class PauseDoc {
    @Column String kind;
    @Column String startedOn;
    @Column Long startedAt;
    @Column String endedOn;
    @Column String reason;

    public PauseDoc() {}

    static PauseDoc of(Pause p) {
      PauseDoc d = new PauseDoc();
      d.kind = p.kind().name();
      d.startedOn = p.startedOn().toString();
      d.startedAt = millis(p.startedAt());
      d.endedOn = p.endedOn() == null ? null : p.endedOn().toString();
      d.reason = p.reason();
      return d;
    }

    Pause toPause() {
      return new Pause(PauseKind.valueOf(kind), LocalDate.parse(startedOn), instant(startedAt),
          endedOn == null ? null : LocalDate.parse(endedOn), reason);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class RequestDoc {
    @Column String kind;
    @Column String requestedBy;
    @Column String requestedByName;
    @Column Long requestedAt;
    @Column String reason;
    @Column int workingDays;

    public RequestDoc() {}

    static RequestDoc of(PendingRequest r) {
      if (r == null) {
        return null;
      }
      RequestDoc d = new RequestDoc();
      d.kind = r.kind().name();
      d.requestedBy = r.requestedBy();
      d.requestedByName = r.requestedByName();
      d.requestedAt = millis(r.requestedAt());
      d.reason = r.reason();
      d.workingDays = r.workingDays();
      return d;
    }

    PendingRequest toRequest() {
      return new PendingRequest(ApprovalKind.valueOf(kind), requestedBy, requestedByName,
          instant(requestedAt), reason, workingDays);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ApprovalDoc {
    @Column String kind;
    @Column String requestedBy;
    @Column String requestedByName;
    @Column Long requestedAt;
    @Column String requestReason;
    @Column String decidedBy;
    @Column String decidedByName;
    @Column Long decidedAt;
    @Column boolean approved;
    @Column String decisionReason;
    @Column int workingDays;

    public ApprovalDoc() {}

    static ApprovalDoc of(ApprovalRecord a) {
      ApprovalDoc d = new ApprovalDoc();
      d.kind = a.kind().name();
      d.requestedBy = a.requestedBy();
      d.requestedByName = a.requestedByName();
      d.requestedAt = millis(a.requestedAt());
      d.requestReason = a.requestReason();
      d.decidedBy = a.decidedBy();
      d.decidedByName = a.decidedByName();
      d.decidedAt = millis(a.decidedAt());
      d.approved = a.approved();
      d.decisionReason = a.decisionReason();
      d.workingDays = a.workingDays();
      return d;
    }

    ApprovalRecord toRecord() {
      return new ApprovalRecord(ApprovalKind.valueOf(kind), requestedBy, requestedByName, instant(requestedAt),
          requestReason,
          decidedBy, decidedByName, instant(decidedAt), approved, decisionReason, workingDays);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class SuspensionDoc {
    @Column Long orderedAt;
    @Column String orderedBy;
    @Column String reason;
    @Column Long liftedAt;
    @Column String liftedBy;

    public SuspensionDoc() {}

    static SuspensionDoc of(TenderSuspension t) {
      if (t == null) {
        return null;
      }
      SuspensionDoc d = new SuspensionDoc();
      d.orderedAt = millis(t.orderedAt());
      d.orderedBy = t.orderedBy();
      d.reason = t.reason();
      d.liftedAt = millis(t.liftedAt());
      d.liftedBy = t.liftedBy();
      return d;
    }

    TenderSuspension toSuspension() {
      return new TenderSuspension(instant(orderedAt), orderedBy, reason, instant(liftedAt), liftedBy);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class TransferDoc {
    @Column String from;
    @Column String to;
    @Column Long at;
    @Column String by;
    @Column String reason;

    public TransferDoc() {}

    static TransferDoc of(Transfer t) {
      TransferDoc d = new TransferDoc();
      d.from = t.from().value();
      d.to = t.to().value();
      d.at = millis(t.at());
      d.by = t.by();
      d.reason = t.reason();
      return d;
    }

    Transfer toTransfer() {
      return new Transfer(TenantId.of(from), TenantId.of(to), instant(at), by, reason);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ReferralDoc {
    @Column String organ;
    @Column String organName;
    @Column Long at;
    @Column String by;
    @Column String reason;
    @Column List<String> documents;

    public ReferralDoc() {}

    static ReferralDoc of(Referral r) {
      ReferralDoc d = new ReferralDoc();
      d.organ = r.organ().name();
      d.organName = r.organName();
      d.at = millis(r.at());
      d.by = r.by();
      d.reason = r.reason();
      d.documents = new ArrayList<>(r.documents());
      return d;
    }

    Referral toReferral() {
      return new Referral(ReferralOrgan.valueOf(organ), organName, instant(at), by, reason, list(documents));
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class OpinionDoc {
    @Column String department;
    @Column String by;
    @Column String byName;
    @Column Long at;
    @Column String text;

    public OpinionDoc() {}

    static OpinionDoc of(Opinion o) {
      OpinionDoc d = new OpinionDoc();
      d.department = o.department().value();
      d.by = o.by();
      d.byName = o.byName();
      d.at = millis(o.at());
      d.text = o.text();
      return d;
    }

    Opinion toOpinion() {
      return new Opinion(TenantId.of(department), by, byName, instant(at), text);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ConsultationDoc {
    @Column String topic;
    @Column List<String> invited;
    @Column Long openedAt;
    @Column String openedBy;
    @Column List<OpinionDoc> opinions;
    @Column String conclusion;
    @Column Long concludedAt;
    @Column String concludedBy;

    public ConsultationDoc() {}

    static ConsultationDoc of(Consultation k) {
      ConsultationDoc d = new ConsultationDoc();
      d.topic = k.topic();
      d.invited = new ArrayList<>(k.invited().stream().map(TenantId::value).toList());
      d.openedAt = millis(k.openedAt());
      d.openedBy = k.openedBy();
      d.opinions = new ArrayList<>(k.opinions().stream().map(OpinionDoc::of).toList());
      d.conclusion = k.conclusion();
      d.concludedAt = millis(k.concludedAt());
      d.concludedBy = k.concludedBy();
      return d;
    }

    Consultation toConsultation() {
      return new Consultation(topic, list(invited).stream().map(TenantId::of).toList(), instant(openedAt),
          openedBy, list(opinions).stream().map(OpinionDoc::toOpinion).toList(), conclusion,
          instant(concludedAt), concludedBy);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class DecisionDoc {
    @Column String kind;
    @Column String text;
    @Column Long fineYuan;
    @Column boolean confiscation;
    @Column Integer disqualificationYears;
    @Column boolean licenceRevoked;

    public DecisionDoc() {}

    static DecisionDoc of(Decision x) {
      if (x == null) {
        return null;
      }
      DecisionDoc d = new DecisionDoc();
      d.kind = x.kind().name();
      d.text = x.text();
      d.fineYuan = x.fineYuan();
      d.confiscation = x.confiscation();
      d.disqualificationYears = x.disqualificationYears();
      d.licenceRevoked = x.licenceRevoked();
      return d;
    }

    Decision toDecision() {
      return new Decision(DecisionKind.valueOf(kind), text, fineYuan, confiscation, disqualificationYears,
          licenceRevoked);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class EventDoc {
    @Column Long at;
    @Column String actor;
    @Column String actorName;
    @Column String action;
    @Column String from;
    @Column String to;
    @Column String note;
    /** What the action was about, as a code (the decision kind proposed); absent on older lines. */
    @Column String subject;

    public EventDoc() {}

    static EventDoc of(CaseEvent e) {
      EventDoc d = new EventDoc();
      d.at = millis(e.at());
      d.actor = e.actor();
      d.actorName = e.actorName();
      d.action = e.action();
      d.from = name(e.from());
      d.to = name(e.to());
      d.note = e.note();
      d.subject = e.subject();
      return d;
    }

    CaseEvent toEvent() {
      CaseStatus before = from == null ? null : CaseStatus.valueOf(from);
      CaseStatus after = to == null ? null : CaseStatus.valueOf(to);
      return subject == null ? CaseEvent.legacy(instant(at), actor, actorName, action, before, after, note)
          : new CaseEvent(instant(at), actor, actorName, action, before, after, note, subject);
    }
  }
}
