package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeSettings;
import cn.ggzy.server.application.IntakeViews.EvidenceRole;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.FileType;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.domain.model.intake.Upload;
import cn.ggzy.server.domain.model.intake.UploadRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The uploads a submission or reply names: each must be complete and not belong to another owner,
 * within the count and total size allowed; then they are attached to their owner (all or none).
 */
final class EvidenceAttachments {
  private final UploadRepository uploads;

  EvidenceAttachments(UploadRepository uploads) {
    this.uploads = uploads;
  }

  List<EvidenceFile> check(Map<String, EvidenceRole> named, String owner, IntakeSettings settings, Instant now) {
    List<Violation> problems = new ArrayList<>();
    List<EvidenceFile> files = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, EvidenceRole> e : named.entrySet()) {
      String field = field(e.getValue());
      Upload u = uploads.find(e.getKey()).orElse(null);
      if (u == null) {
        problems.add(new Violation("intake.evidence.unknown", field));
      } else if (!u.complete()) {
        problems.add(new Violation("intake.evidence.incomplete", field));
      } else if (u.attachedTo() != null && !u.attachedTo().equals(owner)) {
        problems.add(new Violation("intake.evidence.alreadyUsed", field));
      } else {
        total += u.size();
        // the name officers see and download with carries the extension of the kind the content is
        files.add(new EvidenceFile(u.id(), e.getValue().name(), FileType.nameFor(u.fileName(), u.contentType()),
            u.contentType(), u.size(), u.sha256(), now, u.storageId()));
      }
    }
    if (named.size() > settings.maxFiles()) {
      problems.add(new Violation("intake.evidence.tooMany", "evidenceUploadIds"));
    }
    if (total > settings.maxSubmissionBytes()) {
      problems.add(new Violation("intake.evidence.totalTooLarge", "evidenceUploadIds"));
    }
    if (!problems.isEmpty()) {
      throw new IntakeValidationException(problems);
    }
    return files;
  }

  /** Attaches every file to {@code owner}, or none: a file taken meanwhile undoes the others. */
  void attach(List<EvidenceFile> files, String owner) {
    List<EvidenceFile> done = new ArrayList<>();
    for (EvidenceFile f : files) {
      if (!uploads.attach(f.id(), owner)) {
        release(done, owner);
        throw new IntakeValidationException(List.of(
            new Violation("intake.evidence.alreadyUsed", field(EvidenceRole.valueOf(f.role())))));
      }
      done.add(f);
    }
  }

  void release(List<EvidenceFile> files, String owner) {
    for (EvidenceFile f : files) {
      uploads.detach(f.id(), owner);
    }
  }

  private static String field(EvidenceRole role) {
    return switch (role) {
      case EVIDENCE -> "evidenceUploadIds";
      case OBJECTION_PROOF -> "objectionProofUploadIds";
      case SUPPLEMENT -> "uploadIds";
      case POWER_OF_ATTORNEY -> "authorizationUploadIds";
    };
  }
}
