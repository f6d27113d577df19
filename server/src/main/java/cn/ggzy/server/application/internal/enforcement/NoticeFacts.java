package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.CaseDocuments.CaseFile;
import cn.ggzy.server.application.CaseDocuments.Notice;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseDocuments.Row;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseState;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Gathers the facts of a case for its notices and its case file, in Chinese. */
final class NoticeFacts {
  private final TenantDirectory directory;
  private final Clock clock;

  NoticeFacts(TenantDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The notice to the filer; {@code addressee} is the filer's name (a unit's name for a unit) when
   * the caller may see it, else null and the notice greets "投诉人" / "举报人".
   */
  Notice notice(EnforcementCase c, NoticeKind kind, String addressee) {
    CaseState s = c.state();
    var reg = c.registration();
    ZonedDateTime due = switch (kind) {
      case ACCEPTANCE -> zoned(s.deadlines().completionDue());
      default -> null;
    };
    String decision = s.decision() == null ? null : CaseTexts.decision(s.decision().kind());
    return new Notice(kind, c.number().value(), regionName(c.owner()), name(c.owner()), addressee,
        subject(reg.title(), reg.projectName(), reg.source()),
        reg.projectName(), zoned(c.receivedAt()), clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate(), due,
        s.nonAcceptanceGround() == null ? null : CaseTexts.ground(s.nonAcceptanceGround()),
        s.nonAcceptanceReason(), s.supplementItems(), decision,
        s.decision() == null ? null : s.decision().text(), matter(reg.source()),
        due != null && s.deadlines().completionProvisional() ? s.deadlines().missingYear() : null);
  }

  CaseFile caseFile(EnforcementCase c, Actor by) {
    CaseState s = c.state();
    var reg = c.registration();
    List<Row> timeline = new ArrayList<>();
    s.timeline().forEach(e -> timeline.add(new Row(zoned(e.at()), e.actorName() == null ? e.actor() : e.actorName(),
        CaseTexts.action(e.action()), e.subject() == null ? e.note()
            : Messages.chinese("case.decisionKind." + e.subject())
                + (e.note() == null ? "" : "：" + e.note()))));
    List<Row> approvals = new ArrayList<>();
    s.approvals().forEach(a -> approvals.add(new Row(zoned(a.decidedAt()), a.decidedByName(),
        CaseTexts.approval(a.kind()) + (a.approved() ? "：同意" : "：不同意"),
        join(a.requestReason(), a.decisionReason()))));
    List<Row> moves = new ArrayList<>();
    s.transfers().forEach(t -> moves.add(new Row(zoned(t.at()), t.by(),
        "转办：" + name(t.from()) + " → " + name(t.to()), t.reason())));
    s.referrals().forEach(r -> moves.add(new Row(zoned(r.at()), r.by(), "移送：" + r.organName(),
        r.reason() + "（随附：" + String.join("、", r.documents()) + "）")));
    List<Row> consultations = new ArrayList<>();
    s.consultations().forEach(k -> {
      consultations.add(new Row(zoned(k.openedAt()), k.openedBy(), "会商：" + k.topic(), null));
      k.opinions().forEach(o -> consultations.add(new Row(zoned(o.at()), o.byName(), name(o.department()) + "意见",
          o.text())));
      if (k.conclusion() != null) {
        consultations.add(new Row(zoned(k.concludedAt()), k.concludedBy(), "会商结论", k.conclusion()));
      }
    });
    String decision = s.decision() == null ? null
        : CaseTexts.decision(s.decision().kind()) + "：" + s.decision().text();
    return new CaseFile(c.number().value(), regionName(c.owner()), name(c.owner()), reg.title(),
        CaseTexts.source(reg.source()), CaseTexts.status(s.status()), reg.summary(), reg.projectCode(),
        reg.projectName(), zoned(c.receivedAt()), zoned(s.deadlines().acceptanceDue()),
        zoned(s.deadlines().completionDue()), s.assigneeName(), timeline, approvals, moves, consultations,
        decision, zoned(clock.instant()), by.name() == null ? by.login() : by.name(),
        s.deadlines().acceptanceProvisional() ? s.deadlines().missingYear() : null,
        s.deadlines().completionProvisional() ? s.deadlines().missingYear() : null);
  }

  /**
   * What the complaint is about, for "关于“项目”…的投诉": the case title without what the sentence
   * says already. A title the public channel wrote ("投诉：评标不公（项目）") gives its matter (评标不公);
   * a title that still names the project or ends in 投诉/举报 ("城东安置房项目投诉") is left out,
   * so the sentence never repeats the project or the word.
   */
  static String subject(String title, String projectName,
      CaseSource source) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    String kind = matter(source);
    if (kind != null && t.startsWith(kind + "：")) {
      t = t.substring(kind.length() + 1).strip();
    }
    if (projectName != null && !projectName.isBlank()) {
      String p = projectName.strip();
      if (t.endsWith("（" + p + "）")) {
        t = t.substring(0, t.length() - p.length() - 2).strip();
      }
      if (t.contains(p)) {
        return null;
      }
    }
    if (t.isEmpty() || t.endsWith("投诉") || t.endsWith("举报")) {
      return null;
    }
    return t;
  }

  private static String matter(CaseSource source) {
    return switch (source) {
      case COMPLAINT -> "投诉";
      case REPORT -> "举报";
      default -> null;
    };
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "；" + b;
  }

  private String name(TenantId tenant) {
    return directory.department(tenant).map(Department::nameZh).orElse(tenant.value());
  }

  private String regionName(TenantId tenant) {
    return directory.region(tenant.region()).map(Region::nameZh).orElse(tenant.region().value());
  }

  private static ZonedDateTime zoned(Instant at) {
    return at == null ? null : at.atZone(WorkingCalendar.ZONE);
  }
}
