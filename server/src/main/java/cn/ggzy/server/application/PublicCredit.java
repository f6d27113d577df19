package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.PublicCreditViews.PublicBlackEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRedEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicSubject;
import cn.ggzy.server.application.PublicCreditViews.PublicSubjectDetail;
import cn.ggzy.server.application.PublicCreditViews.RepairTarget;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.SubjectKind;

/**
 * What a region publishes about credit today (no login). Visibility is computed from the entries'
 * dates and the clock on every read: an expired or repaired entry is gone at once.
 */
public interface PublicCredit {
  /** A question: region code, text (part of the name or the credit code), filters, one page. */
  record ListRequest(String region, String text, SubjectKind kind, ListClass listClass, String department,
      int offset, int limit) {}

  Page<PublicBlackEntry> blacklist(ListRequest request);

  Page<PublicRedEntry> redlist(ListRequest request);

  /** Subjects with a published entry whose name or credit code matches, sorted by name. */
  Page<PublicSubject> subjects(ListRequest request);

  PublicSubjectDetail subject(String region, String subjectId);

  /** The credit-repair page of an entry: published, or removed by repair (its outcome is published). */
  RepairTarget repairTarget(String region, String entryId);
}
