package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.dispatch.Counted;
import cn.ggzy.server.domain.model.dispatch.Fact;
import cn.ggzy.server.domain.model.dispatch.Metric;
import cn.ggzy.server.domain.model.enforcement.ApprovalKind;
import cn.ggzy.server.domain.model.enforcement.ApprovalRecord;
import cn.ggzy.server.domain.model.enforcement.CaseState;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.TaskState;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What each kind of stored thing states for the dispatch counters: one function per kind, from the
 * thing's current state only (so the facts of a version never depend on the order of writes).
 */
final class ThingFacts {
  static final String ON_TIME = "ON_TIME";
  static final String LATE = "LATE";

  private ThingFacts() {}

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, WorkingCalendar.ZONE);
  }

  static Counted counted(EnforcementCase c) {
    return new Counted("case", c.id().value(), c.number().value() + " " + c.registration().title());
  }

  static Set<Fact> of(EnforcementCase c) {
    CaseState s = c.state();
    Registration r = c.registration();
    TenantId owner = c.owner();
    String source = r.source().name();
    Set<Fact> facts = new HashSet<>();
    facts.add(Fact.on(owner, day(c.receivedAt()), Metric.CASES_RECEIVED, source));
    facts.add(Fact.on(owner, day(c.receivedAt()), Metric.CASES_MATTER,
        r.industry() == null ? "OTHER" : r.industry().name()));
    facts.add(Fact.standing(owner, Metric.CASE_STATUS, s.status().name()));
    Instant acceptanceEnded = s.acceptedAt() != null ? s.acceptedAt() : s.approvals().stream()
        .filter(a -> a.approved() && a.kind() == ApprovalKind.NON_ACCEPTANCE).map(ApprovalRecord::decidedAt)
        .findFirst().orElse(null);
    if (s.acceptedOnTime() != null && acceptanceEnded != null) {
      facts.add(Fact.on(owner, day(acceptanceEnded), Metric.ACCEPTANCE, clock(source, s.acceptedOnTime())));
    }
    if (s.completedOnTime() != null && s.decidedAt() != null) {
      facts.add(Fact.on(owner, day(s.decidedAt()), Metric.COMPLETION, clock(source, s.completedOnTime())));
    }
    if (s.closedAt() != null) {
      facts.add(Fact.on(owner, day(s.closedAt()), Metric.CASES_CLOSED, source));
    }
    return facts;
  }

  /** The key of an ended clock: {@code COMPLAINT_ON_TIME}, {@code REPORT_LATE} … */
  static String clock(String source, boolean onTime) {
    return source + "_" + (onTime ? ON_TIME : LATE);
  }

  static Counted counted(RiggingWarning w) {
    var f = w.data().finding();
    return new Counted("warning", w.id(), f.projectName() + " " + f.sectionName());
  }

  static Set<Fact> of(RiggingWarning w) {
    var d = w.data();
    Set<Fact> facts = new HashSet<>();
    if (d.createdAt() != null) {
      facts.add(Fact.on(d.tenant(), day(d.createdAt()), Metric.WARNINGS_RAISED,
          d.finding().industry() == null ? "OTHER" : d.finding().industry().name()));
    }
    if (d.status() != WarningStatus.OPEN && d.decidedAt() != null) {
      facts.add(Fact.on(d.tenant(), day(d.decidedAt()), Metric.WARNINGS_REVIEWED, d.status().name()));
    }
    facts.add(Fact.standing(d.tenant(), Metric.WARNING_STATUS, d.status().name()));
    return facts;
  }

  static Counted counted(InspectionTask t) {
    TaskState s = t.state();
    return new Counted("inspection", t.id(), s.planTitle() + " " + s.object().name());
  }

  static Set<Fact> of(InspectionTask t) {
    TaskState s = t.state();
    Set<Fact> facts = new HashSet<>();
    if (s.drawnOn() != null) {
      facts.add(Fact.on(s.owner(), s.drawnOn(), Metric.INSPECTIONS, "DRAWN"));
    }
    if (s.conclusion() != null) {
      facts.add(Fact.on(s.owner(), day(s.conclusion().at()), Metric.INSPECTIONS, "CONCLUDED"));
    }
    if (s.publication() != null) {
      facts.add(Fact.on(s.owner(), day(s.publication().at()), Metric.INSPECTIONS, "PUBLISHED"));
    }
    return facts;
  }

  static Counted counted(BlacklistEntry e) {
    var d = e.data();
    return new Counted("blacklist", d.id().value(), d.caseNumber() + " " + d.listClass().name());
  }

  /** Listed on the day it was listed; ended the day after its period, or the day it was removed early. */
  static Set<Fact> of(BlacklistEntry e) {
    var d = e.data();
    Set<Fact> facts = new HashSet<>();
    facts.add(Fact.on(d.tenant(), day(d.listedAt()), Metric.BLACKLIST, "LISTED"));
    LocalDate ended = d.removedOn() != null ? d.removedOn()
        : d.period().end() == null ? null : d.period().end().plusDays(1);
    if (ended != null) {
      facts.add(Fact.on(d.tenant(), ended, Metric.BLACKLIST, "ENDED"));
    }
    return facts;
  }

  static Counted counted(RedListEntry e) {
    return new Counted("redlist", e.id().value(), e.id().value());
  }

  static Set<Fact> of(RedListEntry e) {
    var d = e.data();
    Set<Fact> facts = new HashSet<>();
    if (d.status() != RedListStatus.CONFIRMED || d.decidedAt() == null) {
      return facts;
    }
    facts.add(Fact.on(d.tenant(), day(d.decidedAt()), Metric.REDLIST, "LISTED"));
    LocalDate ended = d.endedOn() != null ? d.endedOn()
        : d.period() == null || d.period().end() == null ? null : d.period().end().plusDays(1);
    if (ended != null) {
      facts.add(Fact.on(d.tenant(), ended, Metric.REDLIST, "ENDED"));
    }
    return facts;
  }
}
