package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.IntakeViews.Download;
import cn.ggzy.server.application.IntakeViews.Identity;
import cn.ggzy.server.application.IntakeViews.Kind;
import cn.ggzy.server.application.IntakeViews.MaskedIdentity;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.Message;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.Submission;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.EvidenceStore;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.SubmissionMessage;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The officers' side of a submission. Reading it needs the right to read its case (the case
 * register decides); the identity comes masked. Seeing it in full, writing to the filer and
 * opening the files are for the officers of the department handling the case and for office
 * leaders; the reveal needs a reason, and every reveal and every file opened is audited.
 */
final class IntakeOfficerDesk {
  private static final int MESSAGE = 2000;
  private final CaseRegister cases;
  private final SubmissionRepository submissions;
  private final EvidenceStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  IntakeOfficerDesk(CaseRegister cases, SubmissionRepository submissions, EvidenceStore store, AuditLog audit,
      Clock clock) {
    this.cases = cases;
    this.submissions = submissions;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  private record Loaded(Detail detail, cn.ggzy.server.domain.model.intake.Submission submission) {}

  Submission submission(Caller caller, String caseId) {
    Loaded l = load(caller, caseId);
    var s = l.submission();
    var d = s.details();
    FilerIdentity m = s.identity().masked();
    return new Submission(l.detail().id(), s.receiptNumber(), Kind.valueOf(s.kind()), s.receivedAt(), s.late(),
        d.learnedOn(), new MaskedIdentity(m.anonymous(), personKind(m.personKind()), m.name(), m.idNumber(),
            m.organisation(), m.creditCode(), m.phone(), m.address()),
        d.respondent(), d.projectCode(), d.projectName(), d.section(), d.industry(), Matter.valueOf(d.matter()),
        d.objectionSubject() == null ? null : ObjectionSubject.valueOf(d.objectionSubject()),
        d.objectionRaisedOn(), d.facts(), d.request(), s.files().stream().map(PublicProgress::line).toList(),
        PublicProgress.messages(s, byId(s.files())), d.respondentContact());
  }

  Identity reveal(Caller caller, String caseId, String reason) {
    String why = IntakeRules.clean(reason);
    if (why == null || why.codePointCount(0, why.length()) < 2) {
      throw new DomainException("intake.reveal.reason.required", "reason");
    }
    if (why.codePointCount(0, why.length()) > 500) {
      throw new DomainException("intake.text.tooLong", "reason");
    }
    Loaded l = load(caller, caseId);
    handling(caller, l.detail());
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "intake.identity.reveal",
        l.detail().id(), why);
    FilerIdentity i = l.submission().identity();
    return new Identity(i.anonymous(), personKind(i.personKind()), i.name(), i.idNumber(), i.organisation(),
        i.creditCode(), i.phone(), i.address());
  }

  Message send(Caller caller, String caseId, String text) {
    String body = IntakeRules.clean(text);
    if (body == null) {
      throw new DomainException("intake.message.text.required", "text");
    }
    if (body.codePointCount(0, body.length()) > MESSAGE) {
      throw new DomainException("intake.text.tooLong", "text");
    }
    Loaded l = load(caller, caseId);
    handling(caller, l.detail());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SubmissionMessage message = new SubmissionMessage(newId(), "OFFICER", now, body, List.of(),
        caller.login().value(), null);
    var s = l.submission();
    for (int attempt = 0; attempt < 20; attempt++) {
      if (submissions.replace(s.with(message, List.of()))) {
        audit.record(caller.tenant(), now, caller.login().value(), "intake.message.sent", l.detail().id(), null);
        return PublicProgress.messages(s.with(message, List.of()), Map.of()).get(s.messages().size());
      }
      s = submissions.find(s.receiptNumber()).orElseThrow();
    }
    throw new ConcurrentChangeException("submission");
  }

  Download evidence(Caller caller, String caseId, String evidenceId) {
    Loaded l = load(caller, caseId);
    handling(caller, l.detail());
    EvidenceFile f = l.submission().files().stream().filter(e -> e.id().equals(evidenceId)).findFirst()
        .orElseThrow(() -> new NotFoundException("intake.evidence.notFound", "evidenceId"));
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "intake.evidence.open",
        l.detail().id(), f.id());
    return new Download(f.fileName(), f.contentType(), f.size(), f.sha256(), () -> store.open(f.storageId()));
  }

  private Loaded load(Caller caller, String caseId) {
    Detail d = cases.find(caller, caseId);
    if (d.originReference() == null || (d.source() != CaseSource.COMPLAINT && d.source() != CaseSource.REPORT)) {
      throw new NotFoundException("intake.submission.notFound", "caseId");
    }
    var s = submissions.find(d.originReference())
        .orElseThrow(() -> new NotFoundException("intake.submission.notFound", "caseId"));
    return new Loaded(d, s);
  }

  /** The department handling the case (not a read-only trace), or an office leader. */
  private static void handling(Caller caller, Detail d) {
    boolean ownDepartment = d.ownerTenant().equals(caller.tenant().value()) && !caller.isSystemAdmin();
    if (!ownDepartment && !caller.may(Permission.CONTACT_ANY_FILER)) {
      throw new AccessDeniedException("intake.identity.notHandling", "caseId");
    }
  }

  private static PersonKind personKind(String kind) {
    return kind == null ? null : PersonKind.valueOf(kind);
  }

  private static Map<String, EvidenceFile> byId(List<EvidenceFile> files) {
    return files.stream().collect(Collectors.toMap(EvidenceFile::id, Function.identity(), (a, b) -> a));
  }

  private String newId() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
