package cn.ggzy.server.domain.model.review;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review of one tender document (招标文件审查) in a department: the project, the document as
 * reviewed (and its corrected versions), the findings with the officers' decisions, and the
 * rectification notice. Officers confirm or dismiss (with a reason) every finding before a notice is
 * issued; a corrected document is reviewed again and rectifies the review when none of the confirmed
 * findings' rules finds anything in it.
 */
public final class DocumentReview {
  /** Where a review stands. */
  public enum State {
    /** Findings wait for the officers' decisions. */
    UNDER_REVIEW,
    /** Every finding decided, none confirmed (or none found): the document may be used. */
    CLEARED,
    /** A rectification notice went out; a corrected document is awaited. */
    NOTICE_ISSUED,
    /** The corrected document no longer has the confirmed findings. */
    RECTIFIED
  }

  private final String id;
  private final TenantId tenant;
  private final ReviewedProject project;
  private final List<ReviewedFile> files;
  private final List<ReviewFinding> findings;
  private Rectification rectification;
  private final long version;

  public DocumentReview(String id, TenantId tenant, ReviewedProject project, List<ReviewedFile> files,
      List<ReviewFinding> findings, Rectification rectification, long version) {
    this.id = id;
    this.tenant = tenant;
    this.project = project;
    this.files = new ArrayList<>(files);
    this.findings = new ArrayList<>(findings);
    this.rectification = rectification;
    this.version = version;
  }

  /** A new review of a document and what the rule book found in it. */
  public static DocumentReview start(String id, TenantId tenant, ReviewedProject project, ReviewedFile file,
      List<ReviewFinding> findings) {
    return new DocumentReview(id, tenant, project, List.of(file), findings, null, 0);
  }

  public State state() {
    if (rectification != null) {
      return rectification.rectified() ? State.RECTIFIED : State.NOTICE_ISSUED;
    }
    if (findings.stream().anyMatch(f -> f.state() == ReviewFinding.State.OPEN)) {
      return State.UNDER_REVIEW;
    }
    return findings.stream().anyMatch(f -> f.state() == ReviewFinding.State.CONFIRMED)
        ? State.UNDER_REVIEW : State.CLEARED;
  }

  /** True when every finding is decided and some are confirmed: the notice may go out. */
  public boolean readyForNotice() {
    return rectification == null && findings.stream().noneMatch(f -> f.state() == ReviewFinding.State.OPEN)
        && findings.stream().anyMatch(f -> f.state() == ReviewFinding.State.CONFIRMED);
  }

  /** Confirms a finding as unlawful. */
  public void confirm(int number, String by, Instant at) {
    decide(number, ReviewFinding.State.CONFIRMED, by, at, null);
  }

  /** Dismisses a finding; the reason (2–500 characters) is kept with it. */
  public void dismiss(int number, String reason, String by, Instant at) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 2 || why.length() > 500) {
      throw new DomainException("review.finding.reason", "reason");
    }
    decide(number, ReviewFinding.State.DISMISSED, by, at, why);
  }

  private void decide(int number, ReviewFinding.State to, String by, Instant at, String why) {
    if (rectification != null) {
      throw new StateConflictException("review.finding.afterNotice", "finding");
    }
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).number() == number) {
        findings.set(i, findings.get(i).decided(to, by, at, why));
        return;
      }
    }
    throw new DomainException("review.finding.unknown", "finding");
  }

  /** Issues the rectification notice; every finding must be decided and one at least confirmed. */
  public void issueNotice(String noticeNumber, String addressees, String by, Instant at, LocalDate due) {
    if (!readyForNotice()) {
      throw new StateConflictException("review.notice.notReady", "findings");
    }
    rectification = new Rectification(noticeNumber, addressees, by, at, due, false, null, List.of());
  }

  /**
   * A corrected document came and was reviewed: rectified when none of the confirmed findings'
   * rules finds anything in it; else the notice stays open with the rules still finding.
   */
  public void corrected(ReviewedFile file, List<Finding> foundNow, Instant at) {
    if (rectification == null || rectification.rectified()) {
      throw new StateConflictException("review.correction.noNotice", "file");
    }
    Set<String> confirmed = findings.stream().filter(f -> f.state() == ReviewFinding.State.CONFIRMED)
        .map(ReviewFinding::ruleId).collect(Collectors.toSet());
    List<String> remaining = foundNow.stream().map(Finding::ruleId).filter(confirmed::contains).distinct().sorted()
        .toList();
    files.add(file);
    rectification = new Rectification(rectification.noticeNumber(), rectification.addressees(),
        rectification.issuedBy(), rectification.issuedAt(), rectification.dueDate(), remaining.isEmpty(),
        remaining.isEmpty() ? at : null, remaining);
  }

  /** True when the notice is out, not answered, and its last day has passed. */
  public boolean overdue(LocalDate today) {
    return rectification != null && !rectification.rectified() && today.isAfter(rectification.dueDate());
  }

  public String id() {
    return id;
  }

  public TenantId tenant() {
    return tenant;
  }

  public ReviewedProject project() {
    return project;
  }

  /** The document as first reviewed, then each corrected version. */
  public List<ReviewedFile> files() {
    return List.copyOf(files);
  }

  public List<ReviewFinding> findings() {
    return List.copyOf(findings);
  }

  public Rectification rectification() {
    return rectification;
  }

  public long version() {
    return version;
  }
}
