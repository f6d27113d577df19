package cn.ggzy.server.application;

import java.time.Instant;
import java.util.List;

/**
 * Reading the own department's audit trail, newest first, page by page. For office leaders and
 * officers, department heads and system administrators.
 */
public interface AuditTrail {
  List<AuditEntryView> entries(Caller caller, int offset, int limit);

  long count(Caller caller);

  record AuditEntryView(long sequence, Instant at, String actor, String action, String target, String reason,
      String before, String after) {}
}
