package cn.ggzy.server.application.internal.review;

import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.domain.model.review.DocumentReview;
import cn.ggzy.server.domain.model.review.Rectification;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.server.domain.model.review.ReviewedFile;
import java.time.LocalDate;

/** The views of reviews for the faces. */
final class ReviewViews {
  private final DepartmentReach reach;
  private final LocalDate today;

  ReviewViews(DepartmentReach reach, LocalDate today) {
    this.reach = reach;
    this.today = today;
  }

  DocumentReviews.Summary summary(DocumentReview r) {
    long open = r.findings().stream().filter(f -> f.state() == ReviewFinding.State.OPEN).count();
    long confirmed = r.findings().stream().filter(f -> f.state() == ReviewFinding.State.CONFIRMED).count();
    return new DocumentReviews.Summary(r.id(), r.tenant().value(), name(r), r.project().projectCode(),
        r.project().projectName(), r.project().sectionName(), r.files().get(0).fileName(), state(r),
        r.findings().size(), (int) open, (int) confirmed, r.files().get(0).at());
  }

  DocumentReviews.Detail detail(DocumentReview r) {
    Rectification n = r.rectification();
    return new DocumentReviews.Detail(r.id(), r.tenant().value(), name(r), r.project().projectCode(),
        r.project().projectName(), r.project().sectionName(), r.project().employer(), r.project().agency(),
        r.project().estimate(), r.project().contractAmount(), state(r),
        r.files().stream().map(ReviewViews::file).toList(), r.findings().stream().map(ReviewViews::finding).toList(),
        n == null ? null : new DocumentReviews.RectificationView(n.noticeNumber(), n.addressees(), n.issuedBy(),
            n.issuedAt(), n.dueDate(), n.rectified(), r.overdue(today), n.answeredAt(), n.remaining()),
        r.version());
  }

  private String state(DocumentReview r) {
    if (r.overdue(today)) {
      return "OVERDUE";
    }
    return r.readyForNotice() ? "AWAITING_NOTICE" : r.state().name();
  }

  private String name(DocumentReview r) {
    return reach.name(r.tenant());
  }

  private static DocumentReviews.FileView file(ReviewedFile f) {
    return new DocumentReviews.FileView(f.fileName(), f.size(), f.sha256(), f.pages(), f.paragraphs(), f.clauses(),
        f.ruleBookVersion(), f.by(), f.at());
  }

  private static DocumentReviews.FindingView finding(ReviewFinding f) {
    return new DocumentReviews.FindingView(f.number(), f.clause().page(), f.clause().paragraph(), f.clause().number(),
        f.clause().text(), f.spans().stream().map(s -> new DocumentReviews.SpanView(s.start(), s.end())).toList(),
        f.ruleId(), f.ruleVersion(), f.category().code(), f.severity().name(), f.title().zh(), f.title().en(),
        f.basis().zh(), f.basis().en(), f.suggestion().zh(), f.suggestion().en(), f.measured(), f.state().name(),
        f.decidedBy(), f.decidedAt(), f.reason());
  }
}
