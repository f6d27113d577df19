package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import java.time.LocalDate;
import java.util.Set;

/**
 * Black-list entries for officers: listing the subject of a decision's record (department heads and
 * the office leader), and the whole history with each entry's status today.
 */
public interface Blacklisting {
  /** {@code legalBasis} may be left empty when the record has one. Dates inclusive. */
  record NewEntry(String recordId, ListClass listClass, String reason, String legalBasis, Set<Measure> measures,
      LocalDate start, LocalDate end) {}

  EntryView list(Caller caller, NewEntry input);

  EntryView find(Caller caller, String entryId);

  Page<EntryView> history(Caller caller, boolean regionWide, int offset, int limit);
}
